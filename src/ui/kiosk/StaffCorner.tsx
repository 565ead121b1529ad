/**
 * The staff's hidden way in: a press held `holdMs` on the screen's top-left corner (over the
 * title, where nothing else reacts to a touch). Invisible and out of the accessibility tree: it is
 * no control for visitors; staff with a keyboard use the kiosk's key combination instead.
 */
import { onCleanup } from 'solid-js';

export function StaffCorner(props: { holdMs: number; onOpen: () => void }) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => { clearTimeout(timer); timer = undefined; };
  onCleanup(stop);
  return (
    <div class="staff-corner" aria-hidden="true" data-testid="staff-corner"
      onPointerDown={() => { stop(); timer = setTimeout(() => { timer = undefined; props.onOpen(); }, props.holdMs); }}
      onPointerUp={stop} onPointerCancel={stop} onPointerLeave={stop} />
  );
}
