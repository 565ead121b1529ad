/** Which mode a page starts in: the URL's `mode=`, else the deployment's default. Chosen once. */
import { MODE_IDS, type DeployConfig, type ModeId } from '../app/deploy-config';
import { browse } from './browse';
import type { Mode } from './mode';

export function modeIdFor(search: string, config: Pick<DeployConfig, 'defaultMode'>): ModeId {
  const asked = new URLSearchParams(search).get('mode');
  if (asked === null) return config.defaultMode;
  if ((MODE_IDS as readonly string[]).includes(asked)) return asked as ModeId;
  console.warn(`URL parameter mode=${JSON.stringify(asked.slice(0, 40))} ignored: use ${MODE_IDS.join(' or ')}`);
  return config.defaultMode;
}

/** The mode's module. Browse ships with the page; the others load when asked for. */
export async function loadMode(id: ModeId): Promise<Mode> {
  switch (id) {
    case 'browse': return browse;
    case 'embed': return (await import('./embed')).embed;
    case 'presenter': return (await import('./presenter')).presenter;
    case 'kiosk': return (await import('./kiosk')).kiosk;
  }
}
