/** What the gateway tells the console at /console-config.json: where to sign in. Nothing is hard-coded. */
export interface ConsoleConfig {
  authServerUrl: string;
  realm: string;
  clientId: string;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const answer = await fetch('/console-config.json', { headers: { Accept: 'application/json' } });
  if (!answer.ok) {
    throw new Error(`无法读取控制台配置 (/console-config.json: ${answer.status})`);
  }
  return (await answer.json()) as ConsoleConfig;
}
