import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firstSource } from '../src/context-sources.ts';
import { replyLanguage } from '../src/reply-language.ts';
import { defaultResponder, type ChatMessage } from '../src/index.ts';

const system = (content: string): ChatMessage => ({ role: 'system', content });
const user = (content: string): ChatMessage => ({ role: 'user', content });

describe('the source and its title', () => {
  const cases: Array<{ name: string; context: string; url: string; title?: string }> = [
    { name: 'a numbered list item above a URL line', context: '[1] Passport application\nURL: https://www.ecitizen.go.ke/passport\nApply online.', url: 'https://www.ecitizen.go.ke/passport', title: 'Passport application' },
    { name: 'a Markdown link', context: 'See [Good conduct certificate](https://dci.ecitizen.go.ke/good-conduct) for details.', url: 'https://dci.ecitizen.go.ke/good-conduct', title: 'Good conduct certificate' },
    { name: 'a Title: line', context: 'Title: Business name search\nLink: https://brs.ecitizen.go.ke/search', url: 'https://brs.ecitizen.go.ke/search', title: 'Business name search' },
    { name: 'JSON', context: '[{"title":"Marriage certificate","url":"https://sheria.ecitizen.go.ke/marriage"}]', url: 'https://sheria.ecitizen.go.ke/marriage', title: 'Marriage certificate' },
    { name: 'text set apart on the URL line', context: 'Source 2: Driving licence renewal (https://ntsa.ecitizen.go.ke/renew)', url: 'https://ntsa.ecitizen.go.ke/renew', title: 'Driving licence renewal' },
    { name: 'a dash before the URL', context: 'KRA PIN registration — https://itax.kra.go.ke/pin.', url: 'https://itax.kra.go.ke/pin', title: 'KRA PIN registration' },
    { name: 'a heading line under a lead-in', context: 'Use only these sources:\nBirth certificate\nhttps://crs.ecitizen.go.ke/birth', url: 'https://crs.ecitizen.go.ke/birth', title: 'Birth certificate' },
    { name: 'prose around the URL (no title)', context: 'Citizens can apply online at https://www.ecitizen.go.ke/passport, then visit an office.', url: 'https://www.ecitizen.go.ke/passport' },
    { name: 'a bare URL (no title)', context: 'https://www.ecitizen.go.ke', url: 'https://www.ecitizen.go.ke' },
  ];
  for (const { name, context, url, title } of cases) {
    test(name, () => {
      assert.deepEqual(firstSource([system(context)]), title === undefined ? { url } : { url, title });
    });
  }

  test('the title belongs to the URL’s own paragraph, not the one before', () => {
    const context = '[1] Passport application\nApply online.\n\nhttps://www.ecitizen.go.ke/other';
    assert.deepEqual(firstSource([system(context)]), { url: 'https://www.ecitizen.go.ke/other' });
  });

  test('system, developer and tool messages come first, then the last user message', () => {
    const messages: ChatMessage[] = [
      { role: 'system', content: 'Be brief.' },
      user('earlier: https://old.example.com/first'),
      { role: 'assistant', content: 'Answered before: https://old.example.com/answer' },
      user('Context:\n[1] Land search\nhttps://ardhisasa.lands.go.ke/search\n\nQuestion: how do I search land?'),
      { role: 'tool', content: 'Tool result: https://tool.example.com/result', tool_call_id: 'call_1' },
    ];
    assert.equal(firstSource(messages)?.url, 'https://tool.example.com/result');
    assert.deepEqual(firstSource(messages.slice(0, 4)), { url: 'https://ardhisasa.lands.go.ke/search', title: 'Land search' });
    assert.equal(firstSource([...messages.slice(0, 3), user('And a birth certificate?')]), undefined, 'earlier turns are history, not context');
  });

  test('text parts of multi-part messages are read', () => {
    const message: ChatMessage = { role: 'system', content: [{ type: 'text', text: 'Title: Passport' }, { type: 'text', text: 'https://www.ecitizen.go.ke/passport' }] };
    assert.deepEqual(firstSource([message]), { url: 'https://www.ecitizen.go.ke/passport', title: 'Passport' });
  });
});

describe('the reply language', () => {
  const swahili = ['Reply in Kiswahili.', 'Always answer the citizen in Swahili, briefly.', 'Reply language: Swahili', 'You help citizens.\nRespond in Kiswahili'];
  const english = [
    'Reply in English.',
    'Reply in English or Kiswahili, as the citizen wrote.',
    'Never reply in Swahili.',
    'The citizen speaks Swahili.',
    'You are an eCitizen assistant.',
  ];
  for (const prompt of swahili) test(`Swahili: ${JSON.stringify(prompt)}`, () => assert.equal(replyLanguage([system(prompt)]), 'sw'));
  for (const prompt of english) test(`English: ${JSON.stringify(prompt)}`, () => assert.equal(replyLanguage([system(prompt)]), 'en'));

  test('only the system and developer messages decide, not the citizen', () => {
    assert.equal(replyLanguage([system('Be brief.'), user('Please reply in Kiswahili.')]), 'en');
    assert.equal(replyLanguage([{ role: 'developer', content: 'Reply in Kiswahili.' }, user('hello')]), 'sw');
  });
});

test('the answer ends with the URL, so it can be taken from the end', () => {
  const answer = defaultResponder({ model: 'm', messages: [system('Reply in Kiswahili.\n\nTitle: Passport\nhttps://www.ecitizen.go.ke/passport.')] });
  assert.equal(answer, 'Kwa "Passport", unaweza kutuma ombi hapa: https://www.ecitizen.go.ke/passport');
  assert.equal(defaultResponder({ model: 'm', messages: [user('https://www.ecitizen.go.ke')] }), 'You can apply here: https://www.ecitizen.go.ke');
});

test('a context of megabytes with many paragraphs is read in linear time', () => {
  const context = `${'A passage about fees.\n\n'.repeat(200_000)}[9] Land search\nhttps://ardhisasa.lands.go.ke/search`;
  const started = performance.now();
  assert.deepEqual(firstSource([system(context)]), { url: 'https://ardhisasa.lands.go.ke/search', title: 'Land search' });
  assert.ok(performance.now() - started < 1000, `took ${performance.now() - started} ms`);
});
