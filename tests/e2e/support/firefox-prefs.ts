// Firefox prefs for a headless test machine on a closed network: nothing may phone home, wait on
// a server or update itself. Puppeteer sets many of these too; repeating them keeps us independent.
export const quietFirefoxPrefs: Record<string, string | number | boolean> = {
  // With no desktop notification service, Firefox closes every notification at once (onClosed
  // fires, getAll() is empty). Its own alert window keeps one open for 20 s, as a desktop would.
  'alerts.useSystemBackend': false,
  // Updates of the browser, add-ons, search engines, GMP plugins and system add-ons.
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'browser.search.update': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  // Telemetry, health reports and studies.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.discovery.enabled': false,
  // Safe Browsing list downloads.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  // Connectivity probes, remote settings, region lookup, push, prefetching.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'data:,#remote-settings-disabled',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'dom.push.connection.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.newtabpage.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'geo.provider.network.url': '',
};
