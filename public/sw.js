/**
 * The offline service worker, hand-written. The build (scripts/build/viteOffline.ts) replaces the two
 * placeholders below with a hash of the built files and their list, so each build gets its own
 * cache and the previous one is deleted when the new worker activates.
 *
 * Cache-first for same-origin GET requests: the game, its levels and art never change within a
 * build, and classroom links (#s=…) carry everything in the fragment, which never reaches here.
 */
const VERSION = '__BUILD_HASH__';
const PRECACHE = ['__PRECACHE_LIST__'];
const CACHE = `four-stages-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Any page address (?seed, ?lang, ?stage…) is the one index.html. ignoreVary: module scripts
  // send an Origin header the precache requests did not, and the server varies on it.
  const key =
    request.mode === 'navigate' ? new URL('./index.html', self.registration.scope) : request;
  event.respondWith(
    caches.match(key, { ignoreSearch: request.mode === 'navigate', ignoreVary: true }).then(
      (hit) =>
        hit ??
        fetch(request).then((response) => {
          if (response.ok && response.type === 'basic') {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
