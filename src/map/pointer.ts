/** A click made by a finger or a pen (the click itself says so in Chromium and Firefox), else guessed from the device. */
export function isTouch(e: MouseEvent): boolean {
  const type = (e as PointerEvent).pointerType;
  return type ? type !== 'mouse' : window.matchMedia?.('(pointer: coarse)').matches ?? false;
}
