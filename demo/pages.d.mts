/** A page of the demo workspace. */
export interface DemoPage {
  /** Short id, also used by `data-demo-page` links. */
  id: string;
  title: string;
  /** The built file in .output/demo/. */
  file: string;
  /** The production URL that `npm start` serves the page at. */
  url: string;
}

/** A demo page standing in for a real support tool. */
export interface DemoSite extends DemoPage {
  /** The editor technology of its composer. */
  editor: string;
  summary: string;
}

export const DEMO_INDEX: DemoPage;
export const DEMO_SITES: readonly DemoSite[];
