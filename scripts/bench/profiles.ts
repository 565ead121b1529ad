/**
 * The device profiles of the bench. Desktop is unthrottled; mobile approximates a mid-range
 * phone on a slow 4G link (Lighthouse's "Slow 4G" figures), with the CPU slowed 4× by DevTools;
 * kiosk is an exhibition stand's 3840×2160 screen running the presenter's tour, whose frame rate
 * during the chapters' camera flights is set against panning the bare page at the same size.
 *
 * Both use deviceScaleFactor 1: WebGL runs in software (SwiftShader) here, and a 3× phone screen
 * would mostly measure SwiftShader's fill rate on two cores rather than the page.
 */
export interface Profile {
  name: 'desktop' | 'mobile' | 'kiosk';
  viewport: { width: number; height: number };
  isMobile: boolean;
  hasTouch: boolean;
  /** DevTools CPU slow-down factor (Emulation.setCPUThrottlingRate); 1 = none. */
  cpuThrottle: number;
  /** DevTools network emulation (Network.emulateNetworkConditions); null = none. */
  network: { latencyMs: number; downKbps: number; upKbps: number } | null;
  /** What the app page runs: its default (browse, panned and zoomed) or the presenter's tour (its flights). */
  app: { query: string; motion: 'pan' | 'tour' };
}

const BROWSE = { query: '', motion: 'pan' } as const;

export const PROFILES: Record<Profile['name'], Profile> = {
  desktop: { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, cpuThrottle: 1, network: null, app: BROWSE },
  mobile: {
    name: 'mobile', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, cpuThrottle: 4,
    network: { latencyMs: 150, downKbps: 1600, upKbps: 750 }, app: BROWSE,
  },
  kiosk: {
    name: 'kiosk', viewport: { width: 3840, height: 2160 }, isMobile: false, hasTouch: true, cpuThrottle: 1, network: null,
    app: { query: '?mode=presenter', motion: 'tour' },
  },
};
