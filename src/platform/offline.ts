/**
 * Offline play: registers public/sw.js (a cache-first service worker whose precache list the
 * build writes in). Only in production builds, where the asset names are final, and only on
 * http(s) origins, where service workers exist; a failure just means no offline play.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (!/^https?:$/.test(window.location.protocol)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // Private modes and some embedded browsers refuse; the game plays online as before.
    });
  };
  // After load, so the worker's precache does not compete with the first screen.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
