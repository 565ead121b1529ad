/** A QR code of a URL with its caption (the kiosk's hand-off and its links out). */
import { Show, createResource } from 'solid-js';
import { renderSVG } from 'uqr';

export function QrCode(props: { url: string; caption: string; alt: string; testid?: string }) {
  // renderSVG is synchronous, but a resource keeps the old code on screen while a new one is made.
  const [svg] = createResource(() => props.url, async (u) => renderSVG(u, { pixelSize: 4, border: 2 }));
  return (
    <figure class="kiosk-qr" data-testid={props.testid} data-url={props.url}>
      <Show when={svg()}>{(s) => <div class="qr-code" role="img" aria-label={props.alt} innerHTML={s()} />}</Show>
      <figcaption>{props.caption}</figcaption>
    </figure>
  );
}
