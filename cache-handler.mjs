// Next's page cache (ISR) for Lineup: it keeps nothing. The public pages rendered once per
// release are kept by the HTTP front instead (server/release-site.ts renders every address of a
// release when it is published; front/release-store.mjs serves them): one copy, one mechanism.
// Next renders a page whenever it is asked (the render for the front, an address the release
// has under another spelling). Without this handler Next would keep pages on disk across releases.

export default class LineupCacheHandler {
  async get() {
    return null;
  }

  async set() {}

  async revalidateTag() {}

  resetRequestCache() {}
}
