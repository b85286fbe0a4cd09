/**
 * Command-line flags for the headless Chromium that runs the e2e journeys and the Studio
 * benchmark (Debian's `/usr/bin/chromium`).
 *
 * The last flag matters for timing. Chromium's headless mode is the full browser: each new
 * browser context opens a window, and each window preloads the address bar's suggestion popup,
 * a WebUI page of about 150 modules in its own renderer. On a 2-core machine that page took
 * the CPU from the page under test for its first second: the Studio's first card came at
 * ~1,100 ms with it and ~650 ms without it (same build, alternating loads). A person opening
 * the Studio in a running browser does not pay for a new window's popup, so the journeys and
 * the benchmark turn it off. All three features must be off: with any one of them left on, the
 * preload still cost the same time.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
