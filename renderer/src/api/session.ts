const TOKEN_KEY = 'qsdp.token';

/**
 * Browser mode prints a URL like http://127.0.0.1:PORT/#token=…; the token is
 * moved to sessionStorage (it survives reloads of this tab, not other tabs)
 * and removed from the address bar so it is not bookmarked or shared.
 */
export function captureSessionToken(): void {
  const match = /^#token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match) return;
  sessionStorage.setItem(TOKEN_KEY, match[1]!);
  window.history.replaceState(null, '', window.location.pathname + '#/');
}

export function sessionToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}
