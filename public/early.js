/*
 * Runs before the first paint (a classic script in <head>): a kiosk opens dark, with no light flash.
 * A kiosk is a page whose URL says mode=kiosk or, with no mode in the URL, a browser whose last load
 * of the app found config.json's defaultMode to be kiosk (main.tsx remembers it in localStorage).
 */
try {
  var mode = new URLSearchParams(location.search).get('mode');
  if (mode === 'kiosk' || (mode === null && localStorage.getItem('g60.kiosk.default') === '1')) document.documentElement.setAttribute('data-theme', 'dark');
} catch (e) { /* storage blocked: light until the app starts */ }
