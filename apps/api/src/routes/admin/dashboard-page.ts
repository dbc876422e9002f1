import { dayChart } from './day-chart.ts';
import { escapeHtml } from './html.ts';
import { operatorPage } from './operator-layout.ts';

type Day = { date: string; count: number };
export interface DashboardData {
  email: string;
  messages: Day[];
  responses: Day[];
  responseTime: Array<{ date: string; turns: number; p50_ms: number | null; p90_ms: number | null; p99_ms: number | null }>;
  engagement: Array<{ date: string; active_citizens: number; messages_per_conversation: number }>;
  questions: Array<{ key: string; title: string; url: string | null; count: number; example: string | null }>;
  unanswered: Array<{ text: string; count: number; reason: string; conversation_id: number }>;
}

const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);

/** The operators' page: today's numbers, a month of messages and responses, timings, and what citizens ask. */
export function dashboardPage(data: DashboardData): string {
  const today = data.messages.at(-1)!;
  const todayResponses = data.responses.at(-1)!;
  const todayTime = data.responseTime.at(-1)!;
  const todayCitizens = data.engagement.at(-1)!;
  const card = (label: string, value: string, id: string) => `<div class="card"><div class="label">${label}</div><div class="value" data-figure="${id}">${value}</div></div>`;
  return operatorPage({
    title: 'today',
    email: data.email,
    body: `
  <div class="cards">
    ${card('Messages today', String(today.count), 'messages-today')}
    ${card('Replies today', String(todayResponses.count), 'responses-today')}
    ${card('Citizens today', String(todayCitizens.active_citizens), 'citizens-today')}
    ${card('Reply time p50', seconds(todayTime.p50_ms), 'p50-today')}
    ${card('Reply time p90', seconds(todayTime.p90_ms), 'p90-today')}
    ${card('Reply time p99', seconds(todayTime.p99_ms), 'p99-today')}
  </div>
  <section>
    <h2>Messages and replies, last ${data.messages.length} days</h2>
    ${dayChart(data.messages.map((day) => day.date), [
      { name: 'messages', colour: '#006b3f', values: data.messages.map((day) => day.count) },
      { name: 'replies', colour: '#bb0000', values: data.responses.map((day) => day.count) },
    ])}
  </section>
  <section>
    <h2>Reply time, last 7 days</h2>
    <table><tr><th>Day</th><th>Turns</th><th>p50</th><th>p90</th><th>p99</th></tr>
    ${data.responseTime.slice(-7).reverse().map((day) => `<tr><td>${day.date}</td><td>${day.turns}</td><td>${seconds(day.p50_ms)}</td><td>${seconds(day.p90_ms)}</td><td>${seconds(day.p99_ms)}</td></tr>`).join('')}
    </table>
  </section>
  <div class="grid">
    <section>
      <h2>What citizens ask most</h2>
      <table data-table="questions"><tr><th>Service or answer</th><th>Asked</th></tr>
      ${data.questions.map((question) => `<tr><td>${question.url ? `<a href="${escapeHtml(question.url)}">${escapeHtml(question.title)}</a>` : escapeHtml(question.title)}${question.example ? `<br><small>“${escapeHtml(question.example)}”</small>` : ''}</td><td>${question.count}</td></tr>`).join('') || '<tr><td colspan="2">Nothing yet</td></tr>'}
      </table>
    </section>
    <section>
      <h2>Not answered, or a person asked for</h2>
      <table data-table="unanswered"><tr><th>Message</th><th>Why</th><th>Times</th></tr>
      ${data.unanswered.map((question) => `<tr><td><a href="/admin/conversations/${question.conversation_id}">${escapeHtml(question.text)}</a></td><td>${question.reason === 'handover' ? 'person asked' : 'nothing found'}</td><td>${question.count}</td></tr>`).join('') || '<tr><td colspan="3">Nothing yet</td></tr>'}
      </table>
    </section>
  </div>
`,
  });
}
