/** Browse: the full map for a visitor's browser tab. It owns the page: title, history, signals. */
import { render } from 'solid-js/web';
import { App } from '../app/App';
import { documentHost } from '../app/host';
import { fullPadding, linkTo } from '../app/layout';
import { createSession } from '../app/session';
import { viewFromUrl } from '../app/view-from-url';
import { DEFAULT_VIEW } from '../state/view';
import type { Mode } from './mode';

export const browse: Mode = {
  id: 'browse',
  enter(ctx) {
    const { dataset: ds, config } = ctx;
    return render(() => {
      const initial = viewFromUrl(ds, config, ctx.search, ['mode']);
      const session = createSession(ds, config, initial, { ...DEFAULT_VIEW, lang: initial.lang });
      ctx.onStart?.(session);
      return (
        <App dataset={ds} config={config} store={session.store} intents={session.intents} initial={initial}
          host={ctx.host ?? documentHost({ history: true })}
          layout={{
            kind: 'full', search: true, panel: true, padding: fullPadding, siteBase: ctx.base,
            shareUrl: (v) => linkTo(config.shareBase ?? ctx.base, v), embedBase: config.shareBase ?? ctx.base,
          }} />
      );
    }, ctx.root);
  },
};
