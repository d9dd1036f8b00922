// The service worker's two duties beyond go-app's own (app.js registers it,
// and tells the Go side when a new version has been installed, which the
// page shows as "a new version is ready"):
//
// A site that stops offering the app (app-worker.js answers 404 or 410)
// must not keep serving the cached copy for ever: browsers keep a worker
// whose script has gone. On every load, while online, the page asks for the
// worker's script past every cache; on 404 or 410 it unregisters the worker,
// deletes the caches and loads the page again from the site (at most twice).
(async () => {
  if (!("serviceWorker" in navigator) || !navigator.onLine) {
    return;
  }
  const registration = await navigator.serviceWorker.getRegistration();
  const worker = registration && (registration.active || registration.waiting || registration.installing);
  if (!worker) {
    return;
  }
  let response;
  try {
    response = await fetch(worker.scriptURL, { cache: "no-store" });
  } catch (err) {
    return; // offline or unreachable: keep working from the cache
  }
  if (response.status !== 404 && response.status !== 410) {
    return;
  }
  await registration.unregister();
  for (const key of await caches.keys()) {
    await caches.delete(key);
  }
  // go-app's app.js registers the worker on every load; when that races the
  // unregistration, the registration outlives the first reload, and this
  // finds it again: one more reload, never more.
  const reloads = "signdoctor-worker-removed";
  const done = Number(sessionStorage.getItem(reloads) || 0);
  if (done < 2) {
    sessionStorage.setItem(reloads, String(done + 1));
    location.reload();
  }
})();
