import { escapeHtml } from './html.ts';
import { operatorPage } from './operator-layout.ts';

export interface ConversationRow {
  id: number;
  psid: string;
  control: string;
  language: string | null;
  handed_over_at: string | null;
  last_inbound_at: string | null;
  last_outbound_at: string | null;
  messages: number;
  last_text: string | null;
}

export interface ConversationList {
  page: number;
  per_page: number;
  total: number;
  conversations: ConversationRow[];
}

export interface TranscriptData {
  conversation: ConversationRow;
  messages: Array<{
    id: string;
    direction: string;
    kind: string;
    text: string | null;
    status: string;
    at: string;
    turn_id: string | null;
    sources: Array<{ id: string; title: string; url?: string }>;
    error: string | null;
  }>;
  turns: Array<{ id: string; outcome: string | null; latency_ms: number | null }>;
}

export interface ListFilters {
  control?: string;
  q?: string;
  from?: string;
  to?: string;
}

const STYLES = `
  form.filters { display: flex; gap: .6rem; flex-wrap: wrap; align-items: end; } form.filters label { font-size: .8rem; color: #555; display: flex; flex-direction: column; }
  .tag { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .75rem; background: #e7efe9; color: #124d2e; } .tag.human { background: #fde8e8; color: #8a1111; }
  .chat { display: flex; flex-direction: column; gap: .5rem; } .bubble { max-width: 36rem; padding: .5rem .75rem; border-radius: 12px; white-space: pre-wrap; }
  .inbound { align-self: flex-start; background: #eef0f2; } .outbound { align-self: flex-end; background: #dff3e7; }
  .meta { font-size: .75rem; color: #666; margin-top: .2rem; white-space: normal; } .failed { outline: 2px solid #bb0000; }
  .actions form { display: inline; } .actions button { font: inherit; padding: .35rem .8rem; border-radius: 6px; border: 1px solid #006b3f; background: #006b3f; color: #fff; cursor: pointer; }
  .notice { background: #fff8d6; padding: .5rem .8rem; border-radius: 6px; }
`;

const time = (iso: string | null) => (iso === null ? '–' : escapeHtml(iso.replace('T', ' ').slice(0, 16)));
const controlTag = (control: string) => (control === 'human' ? '<span class="tag human">a person</span>' : '<span class="tag">the bot</span>');
// A citizen's page-scoped id is personal data: show enough to tell two apart.
const citizen = (psid: string) => `…${escapeHtml(psid.slice(-6))}`;

/** The conversations, newest activity first, with the API's filters as a form. */
export function conversationListPage(email: string, list: ConversationList, filters: ListFilters): string {
  const query = (page: number) => {
    const params = new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value)), page: String(page) });
    return `/admin/conversations?${params.toString()}`;
  };
  const pages = Math.max(1, Math.ceil(list.total / list.per_page));
  const option = (value: string, label: string) => `<option value="${value}"${filters.control === value ? ' selected' : ''}>${label}</option>`;
  return operatorPage({
    title: 'conversations',
    email,
    styles: STYLES,
    body: `
  <section>
    <h2>Conversations <small>(${list.total})</small></h2>
    <form class="filters" method="get" action="/admin/conversations">
      <label>Who answers <select name="control">${option('', 'anyone')}${option('bot', 'the bot')}${option('human', 'a person')}</select></label>
      <label>Words <input name="q" value="${escapeHtml(filters.q ?? '')}" maxlength="200"></label>
      <label>From <input type="date" name="from" value="${escapeHtml(filters.from ?? '')}"></label>
      <label>To <input type="date" name="to" value="${escapeHtml(filters.to ?? '')}"></label>
      <button type="submit">Show</button>
    </form>
    <table data-table="conversations"><tr><th>#</th><th>Citizen</th><th>Last message</th><th>Last from them</th><th>Messages</th><th>Who answers</th></tr>
    ${
      list.conversations
        .map(
          (row) =>
            `<tr><td><a href="/admin/conversations/${row.id}">${row.id}</a></td><td>${citizen(row.psid)}</td><td>${escapeHtml(row.last_text ?? '')}</td><td>${time(row.last_inbound_at)}</td><td>${row.messages}</td><td>${controlTag(row.control)}</td></tr>`,
        )
        .join('') || '<tr><td colspan="6">No conversation matches</td></tr>'
    }
    </table>
    <p>Page ${list.page} of ${pages} ${list.page > 1 ? `<a href="${escapeHtml(query(list.page - 1))}">newer</a>` : ''} ${list.page < pages ? `<a href="${escapeHtml(query(list.page + 1))}" rel="next">older</a>` : ''}</p>
  </section>`,
  });
}

/** One conversation as the citizen saw it, with what the bot based each answer on, and the controls to step in. */
export function transcriptPage(email: string, data: TranscriptData, notice: string | null): string {
  const { conversation } = data;
  const turns = new Map(data.turns.map((turn) => [turn.id, turn]));
  const bubble = (message: TranscriptData['messages'][number]) => {
    const turn = message.turn_id ? turns.get(message.turn_id) : undefined;
    const sources = message.sources.map((source) => (source.url && /^https?:\/\//.test(source.url) ? `<a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>` : escapeHtml(source.title))).join(', ');
    const meta = [
      time(message.at),
      message.direction === 'outbound' && turn?.outcome ? escapeHtml(turn.outcome.replace('_', ' ')) : '',
      message.direction === 'outbound' && turn?.latency_ms !== null && turn?.latency_ms !== undefined ? `replied in ${(turn.latency_ms / 1000).toFixed(1)} s` : '',
      sources ? `from: ${sources}` : '',
      message.error ? `<strong>not delivered: ${escapeHtml(message.error)}</strong>` : '',
    ].filter(Boolean);
    const text = message.text !== null ? escapeHtml(message.text) : `(${escapeHtml(message.kind)})`;
    return `<div class="bubble ${message.direction}${message.error ? ' failed' : ''}" data-direction="${message.direction}">${text}<div class="meta">${meta.join(' · ')}</div></div>`;
  };
  const action =
    conversation.control === 'human'
      ? `<form method="post" action="/admin/conversations/${conversation.id}/release"><button type="submit">Give back to the bot</button></form>`
      : `<form method="post" action="/admin/conversations/${conversation.id}/handover"><button type="submit">Take over</button></form>`;
  return operatorPage({
    title: `conversation ${conversation.id}`,
    email,
    styles: STYLES,
    body: `
  ${notice ? `<p class="notice" role="status">${escapeHtml(notice)}</p>` : ''}
  <section>
    <h2>Conversation ${conversation.id} with citizen ${citizen(conversation.psid)}</h2>
    <p>Answered by ${controlTag(conversation.control)}${conversation.handed_over_at ? ` since ${time(conversation.handed_over_at)}` : ''} · language ${escapeHtml(conversation.language ?? 'not known yet')} · ${conversation.messages} messages</p>
    <div class="actions">${action} <a href="/api/v1/chatbot/conversations/${conversation.id}/export">Export (JSON)</a></div>
  </section>
  <section>
    <div class="chat" data-chat>
    ${data.messages.map(bubble).join('\n    ') || '<p>No messages</p>'}
    </div>
  </section>`,
  });
}
