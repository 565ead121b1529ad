/**
 * A mode is a unit the page starts in once: it brings its host, its layout and its schedules,
 * renders the app into a root, and returns the function that takes it all down again.
 */
import type { Dataset } from '../domain/dataset';
import type { DeployConfig, ModeId } from '../app/deploy-config';
import type { Host } from '../app/host';

export interface ModeContext {
  /** The element the app renders into (in a document, or inside a shadow root). */
  root: HTMLElement;
  dataset: Dataset;
  config: DeployConfig;
  /** The query string the page (or the component's attributes, written as one) opened with. */
  search: string;
  /** URL of the site's folder, ending in `/`: where index.html, config.json and the assets live. */
  base: string;
  /** A host other than the page's own (the web component's); by default the mode makes its own. */
  host?: Host;
  /** Called once with the mode's intents and store, for a host that drives the app (the component). */
  onStart?: (session: import('../app/session').Session) => void;
}

export interface Mode {
  id: ModeId;
  /** Starts the mode; returns the function that disposes of everything it made. */
  enter(ctx: ModeContext): () => void;
}
