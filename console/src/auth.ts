import Keycloak from 'keycloak-js';
import { reactive } from 'vue';
import type { ConsoleConfig } from './config';

/** The roles the suite's tokens carry (realm roles) that change what the console shows. */
export type Role = 'supervisor' | 'leader' | 'unit-officer' | 'admin';

export interface Session {
  ready: boolean;
  username: string;
  displayName: string;
  roles: Role[];
  /** The unit claim of a unit officer's token. */
  unit: string | null;
}

export const session = reactive<Session>({ ready: false, username: '', displayName: '', roles: [], unit: null });

let keycloak: Keycloak | null = null;
const RETURN_TO = 'console.returnTo';

/**
 * Signs in with the authorization code flow and PKCE (S256) through a full-page redirect; no iframe, so
 * the Content-Security-Policy needs no frame-src. The code comes back in the query string (the route is in
 * the fragment) and keycloak-js removes it from the address bar.
 */
export async function signIn(config: ConsoleConfig): Promise<void> {
  keycloak = new Keycloak({ url: config.authServerUrl, realm: config.realm, clientId: config.clientId });
  if (!location.search.includes('code=') && location.hash) {
    sessionStorage.setItem(RETURN_TO, location.hash);
  }
  const authenticated = await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    responseMode: 'query',
    checkLoginIframe: false,
    redirectUri: location.origin + '/',
  });
  if (!authenticated) {
    throw new Error('未登录');
  }
  const token = keycloak.tokenParsed as Record<string, unknown> & { realm_access?: { roles?: string[] } };
  session.username = String(token.preferred_username ?? '');
  session.displayName = String(token.name ?? token.preferred_username ?? '');
  session.roles = (token.realm_access?.roles ?? []).filter((r): r is Role =>
    ['supervisor', 'leader', 'unit-officer', 'admin'].includes(r));
  session.unit = typeof token.unit === 'string' ? token.unit : null;
  session.ready = true;
  const back = sessionStorage.getItem(RETURN_TO);
  if (back) {
    sessionStorage.removeItem(RETURN_TO);
    location.hash = back;
  }
}

/** A fresh access token for the next API call (refreshed when it has less than 30 seconds left). */
export async function accessToken(): Promise<string> {
  if (!keycloak) {
    throw new Error('未登录');
  }
  try {
    await keycloak.updateToken(30);
  } catch {
    await keycloak.login();
  }
  return keycloak.token ?? '';
}

export function signOut(): void {
  keycloak?.logout({ redirectUri: location.origin + '/' });
}

export const hasRole = (...roles: Role[]) => roles.some((r) => session.roles.includes(r));
/** The office: supervisors (and admins, who are supervisors too). */
export const isOffice = () => hasRole('supervisor', 'admin');
export const isLeader = () => hasRole('leader') && !isOffice();
export const isOfficer = () => hasRole('unit-officer');
