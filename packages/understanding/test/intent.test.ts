import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectIntent, type Intent } from '../src/index.ts';

function expectIntent(intent: Intent, messages: readonly string[]): void {
  for (const m of messages) assert.equal(detectIntent(m), intent, m);
}

test('asking for a person, in English', () => {
  expectIntent('handover', [
    'talk to a person',
    'I want to speak to a human',
    'real person please',
    'customer care',
    'agent',
    'Agent please!!',
    'call me',
    'Can someone call me back on [phone number]?',
    'Can I talk to someone?',
    'I need a human',
    'connect me to an agent',
    'transfer me to a live agent',
    "I don't want a bot",
    'HUMAN',
    'hi, I want to talk to a real person about my passport',
    'What is the customer care number?',
  ]);
});

test('asking for a person, in Swahili and Sheng', () => {
  expectIntent('handover', [
    'nataka kuongea na mtu',
    'naomba kuongea na binadamu',
    'nipe mhudumu',
    'ongea na mtu',
    'Naweza kuzungumza na afisa?',
    'niunganishe na mhudumu tafadhali',
    'nataka mtu halisi',
    'mnipigie tafadhali',
    'mhudumu tafadhali',
    'nataka kuongea na customer care',
  ]);
});

test('the postback payloads are handover', () => {
  expectIntent('handover', ['HANDOVER', 'TALK_TO_PERSON', '  HANDOVER ']);
});

test('mentions of persons and agents that are not asking for one', () => {
  expectIntent('question', [
    'how do I get a personal identification number',
    'agent of a company registration',
    'how do I register as an M-Pesa agent',
    'I need an agent number',
    'my personal details are wrong',
    'Can my brother collect the ID on my behalf?',
    'nataka mtu wa kuchukua kitambulisho changu',
    'handover of land title',
  ]);
});

test('greetings only when the message is (mostly) just a greeting', () => {
  expectIntent('greeting', [
    'hi',
    'Hello',
    'habari',
    'Habari yako',
    'Habari za asubuhi',
    'mambo',
    'Mambo vipi',
    'sasa',
    'niaje',
    'niaje buda',
    'good morning',
    'Good afternoon team',
    'hujambo',
    'salaam',
    'Hi there!',
    'hello Wanjiku',
    'how are you?',
    'hey 👋',
    '👋',
  ]);
  expectIntent('question', [
    'hi, how do I renew my passport',
    'Hello, my payment has not reflected',
    'habari kuhusu pasipoti',
    'sasa nifanye nini?',
    'hi passport',
    'hi 12345',
  ]);
});

test('thanks and goodbye', () => {
  expectIntent('thanks', ['thank you', 'Thank you so much!', 'asante', 'Asante sana', 'shukran', 'thanks a lot', 'ok thanks', 'thanks for the help', 'asante kwa msaada', '🙏']);
  expectIntent('goodbye', ['bye', 'kwaheri', 'Goodbye', 'asante, kwaheri', 'ok bye', 'kwa heri', 'good night']);
  expectIntent('question', ['thanks but my payment has not reflected', 'asante, nimelipa lakini sijapata uthibitisho', 'help']);
});

test('questions about the assistant itself, when that is all the message asks', () => {
  expectIntent('about_assistant', [
    'what is your name',
    'Whats your name?',
    'who are you',
    'are you a real person or a robot',
    'are u a bot?',
    'jina lako ni nani',
    'wewe ni robot?',
    'uko mtu ama ni computer inajibu',
  ]);
  expectIntent('handover', ['I want a real person', 'real person please']);
  expectIntent('question', ['what is your name and how do I renew my driving licence', 'who are you people to charge me a convenience fee on every payment']);
});

test('everything else is a question', () => {
  expectIntent('question', ['how do I renew my driving licence?', 'Nimepoteza kitambulisho changu', 'KRA pin', '', '   ', '?', '😡']);
});
