// Who is signed in, as /api/me describes them. Roles arrive camelCased ("spokesperson").
let member = null;

export const currentMember = () => member;
export const setMember = value => { member = value; };

export function hasRole(role) {
  return Boolean(member?.roles?.some(r => String(r).toLowerCase() === role.toLowerCase()));
}

export const isAdmin = () => hasRole('admin');

/**
 * Where to sign in. LocalHost (always on loopback) plays Easy Auth with a "dev" provider;
 * in Azure, Easy Auth signs in with Microsoft Entra ID ("aad").
 */
export function signInUrl() {
  const provider = ['127.0.0.1', 'localhost', '[::1]'].includes(location.hostname) ? 'dev' : 'aad';
  return `/.auth/login/${provider}?post_login_redirect_uri=${encodeURIComponent(`/${location.hash}`)}`;
}

export const signOutUrl = () => '/.auth/logout?post_logout_redirect_uri=/';
