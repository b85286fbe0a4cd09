/**
 * Command-line flags for the headless Chromium that runs the e2e journeys and the Studio
 * benchmark (Debian's `/usr/bin/chromium`).
 *
 * The last flag matters for timing. Chromium's headless mode is the full browser: each new
 * browser context opens a window, and each window preloads the address bar's suggestion popup,
 * a WebUI page of about 150 modules in its own renderer. On a 2-core machine that page took
 * the CPU from the page under test for its first second: the Studio's first card came at
 * ~1,100 ms with it and ~650 ms without it (same build, medians of 7 cold loads). A person
 * opening the Studio in a running browser does not pay for a new window's popup, so the
 * journeys and the benchmark turn it off. Turning off any one of the three features alone did
 * not help (7 loads each): all three are off.
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
