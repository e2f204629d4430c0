/** The portal's HTML sign-in pages for `oauth2/authorize` (self-contained, inline CSS; only the `arcgisonline` page carries a script: its `oAuthInfo`). */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE = `
  *,*::before,*::after{box-sizing:border-box}
  body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;padding:24px;
    font-family:"Avenir Next","Segoe UI",system-ui,-apple-system,sans-serif;background:#eaeef1;color:#151515}
  main{width:100%;max-width:400px}
  .card{background:#fff;border-radius:4px;box-shadow:0 2px 12px rgba(0,0,0,.15);overflow:hidden}
  .banner{background:#1f3b57;color:#fff;padding:20px 28px}
  .banner p{margin:0;font-size:.85rem;letter-spacing:.04em;text-transform:uppercase}
  h1{margin:4px 0 0;font-size:1.4rem;font-weight:600}
  .body{padding:24px 28px 28px}
  .intro{margin:0 0 20px;font-size:.95rem;line-height:1.45}
  h2{font-size:1rem;margin:0 0 12px;font-weight:600}
  label{display:block;font-size:.9rem;font-weight:600;margin:14px 0 6px}
  input[type=text],input[type=password]{width:100%;padding:10px 12px;font-size:1rem;border:1px solid #6a6a6a;
    border-radius:2px;color:#151515;background:#fff}
  input:focus-visible,button:focus-visible{outline:3px solid #007ac2;outline-offset:2px}
  input[aria-invalid=true]{border-color:#a4262c}
  .alert{margin:0 0 12px;padding:10px 12px;border-left:4px solid #a4262c;background:#fdecea;color:#5c1014;font-size:.9rem}
  .actions{display:flex;gap:12px;margin-top:22px}
  button{flex:1;padding:11px 14px;font-size:1rem;font-weight:600;border-radius:2px;cursor:pointer}
  .primary{background:#00619b;border:1px solid #00619b;color:#fff}
  .primary:hover{background:#004874}
  .secondary{background:#fff;border:1px solid #00619b;color:#00619b}
  .secondary:hover{background:#eef6fb}
  footer{margin-top:16px;text-align:center;font-size:.8rem;color:#4a4a4a}
`;

function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
}

export type SignInPageOptions = {
  orgName: string;
  appName: string;
  action: string;
  hidden: Record<string, string>;
  username?: string;
  error?: string;
};

export function renderSignInPage(options: SignInPageOptions): string {
  const hidden = Object.entries(options.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n      ');
  const invalid = options.error ? ' aria-invalid="true" aria-describedby="signin-error"' : '';
  const alert = options.error ? `<p class="alert" id="signin-error" role="alert">${escapeHtml(options.error)}</p>` : '';
  return page(
    `Sign in to ${options.orgName}`,
    `<div class="card">
  <header class="banner">
    <p>ArcGIS</p>
    <h1>Sign in to ${escapeHtml(options.orgName)}</h1>
  </header>
  <div class="body">
    <p class="intro"><strong>${escapeHtml(options.appName)}</strong> would like to access your ArcGIS account information.</p>
    <form method="post" action="${escapeHtml(options.action)}" novalidate>
      ${hidden}
      <h2>ArcGIS login</h2>
      ${alert}
      <label for="username">Username</label>
      <input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(options.username ?? '')}"${invalid}>
      <label for="password">Password</label>
      <input type="password" id="password" name="password" autocomplete="current-password" required${invalid}>
      <div class="actions">
        <button type="submit" class="primary">Sign In</button>
        <button type="submit" class="secondary" name="cancel" value="true" formnovalidate>Cancel</button>
      </div>
    </form>
  </div>
</div>
<footer>${escapeHtml(options.orgName)} · Roster portal emulator</footer>`,
  );
}

export function renderErrorPage(orgName: string, heading: string, message: string): string {
  return page(
    `${heading} - ${orgName}`,
    `<div class="card">
  <header class="banner">
    <p>ArcGIS</p>
    <h1>${escapeHtml(orgName)}</h1>
  </header>
  <div class="body">
    <h2>${escapeHtml(heading)}</h2>
    <p class="alert" role="alert">${escapeHtml(message)}</p>
  </div>
</div>`,
  );
}

/** JSON for an inline `<script>`: `<`, U+2028 and U+2029 escaped so the text can never end the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export type PortalSignInPageOptions = {
  orgName: string;
  /** `…/sharing/oauth2/signin` (the form's target). */
  action: string;
  /** `oauth_state`, plus `messages` after a refused sign-in: what the ArcGIS API for Python reads. */
  oauthInfo: { oauth_state: string; messages?: string[] };
  username?: string;
};

/**
 * The sign-in page of the portal's own client (`arcgisonline`). Scripts read `var oAuthInfo = {…};` from it (the
 * ArcGIS API for Python takes `oauth_state` from there and `messages` after a refused sign-in); people use the form.
 */
export function renderPortalSignInPage(options: PortalSignInPageOptions): string {
  const error = options.oauthInfo.messages?.join(' ');
  const invalid = error ? ' aria-invalid="true" aria-describedby="signin-error"' : '';
  const alert = error ? `<p class="alert" id="signin-error" role="alert">${escapeHtml(error)}</p>` : '';
  return page(
    `Sign in to ${options.orgName}`,
    `<script>var oAuthInfo = ${scriptJson(options.oauthInfo)};</script>
<div class="card">
  <header class="banner">
    <p>ArcGIS</p>
    <h1>Sign in to ${escapeHtml(options.orgName)}</h1>
  </header>
  <div class="body">
    <form method="post" action="${escapeHtml(options.action)}" novalidate>
      <input type="hidden" name="oauth_state" value="${escapeHtml(options.oauthInfo.oauth_state)}">
      <h2>ArcGIS login</h2>
      ${alert}
      <label for="username">Username</label>
      <input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(options.username ?? '')}"${invalid}>
      <label for="password">Password</label>
      <input type="password" id="password" name="password" autocomplete="current-password" required${invalid}>
      <div class="actions">
        <button type="submit" class="primary">Sign In</button>
      </div>
    </form>
  </div>
</div>
<footer>${escapeHtml(options.orgName)} · Roster portal emulator</footer>`,
  );
}

/**
 * After an out-of-band sign-in (`redirect_uri=urn:ietf:wg:oauth:2.0:oob`) the code is shown to the person and put
 * in the title, `<title>SUCCESS code=…</title>`, which is where the ArcGIS API for Python reads it.
 */
export function renderOutOfBandCodePage(orgName: string, code: string): string {
  return page(
    `SUCCESS code=${code}`,
    `<div class="card">
  <header class="banner">
    <p>ArcGIS</p>
    <h1>${escapeHtml(orgName)}</h1>
  </header>
  <div class="body">
    <h2>You are signed in</h2>
    <p class="intro">Copy this code into the application that asked you to sign in:</p>
    <p><code id="code">${escapeHtml(code)}</code></p>
  </div>
</div>`,
  );
}
