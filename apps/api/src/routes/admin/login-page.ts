import { escapeHtml, htmlPage } from './html.ts';

/**
 * The operators' login form, server-rendered and without scripts, so it
 * works under the strict content security policy and offline.
 */
export function loginPage(message?: string): string {
  return htmlPage(
    'eCitizen assistant: operators',
    `
  body { font-family: system-ui, sans-serif; background: #f4f6f8; display: grid; place-items: center; min-height: 100vh; margin: 0; }
  form { background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.1); width: min(22rem, 90vw); }
  h1 { font-size: 1.2rem; margin-top: 0; } label { display: block; margin: .8rem 0 .3rem; }
  input { width: 100%; padding: .5rem; box-sizing: border-box; } button { margin-top: 1.2rem; width: 100%; padding: .6rem; background: #006b3f; color: #fff; border: 0; border-radius: 4px; }
  .message { color: #a40000; }
`,
    `<form method="post" action="/admin/login">
  <h1>eCitizen assistant: operators</h1>
  ${message ? `<p class="message" role="alert">${escapeHtml(message)}</p>` : ''}
  <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
  <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit">Log in</button>
</form>`,
  );
}
