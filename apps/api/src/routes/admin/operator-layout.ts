import { escapeHtml, htmlPage } from './html.ts';

const STYLES = `
  body { font-family: system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #1d2327; }
  header { background: #006b3f; color: #fff; padding: .8rem 1.5rem; display: flex; justify-content: space-between; align-items: center; flex-wrap: wrap; }
  header a, header button { color: #fff; margin-left: 1rem; background: none; border: 0; font: inherit; cursor: pointer; text-decoration: underline; }
  main { padding: 1.2rem 1.5rem; max-width: 70rem; }
  .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .8rem; }
  .card, section { background: #fff; border-radius: 8px; padding: .8rem 1rem; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
  .label { font-size: .8rem; color: #555; } .value { font-size: 1.6rem; font-weight: 600; }
  section { margin-top: 1rem; } h2 { font-size: 1rem; margin: .2rem 0 .6rem; }
  table { border-collapse: collapse; width: 100%; font-size: .9rem; } th, td { text-align: left; padding: .3rem .4rem; border-bottom: 1px solid #eee; vertical-align: top; }
  .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; } @media (max-width: 800px) { .grid { grid-template-columns: 1fr; } }
`;

/** Every operator page: the same header (who is signed in, where to go, log out) and styles. */
export function operatorPage(options: { title: string; email: string; styles?: string; body: string }): string {
  return htmlPage(
    `eCitizen assistant: ${options.title}`,
    STYLES + (options.styles ?? ''),
    `<header>
  <strong>eCitizen assistant</strong>
  <nav>${escapeHtml(options.email)} <a href="/admin">Today</a><a href="/admin/conversations">Conversations</a><a href="/admin/queues">Queues</a><a href="/docs">API</a>
    <form method="post" action="/admin/logout" style="display:inline"><button type="submit">Log out</button></form></nav>
</header>
<main>
${options.body}
</main>`,
  );
}
