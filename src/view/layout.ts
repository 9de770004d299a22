// Where things go on screen, from the window size in CSS pixels. Portrait phones stack everything;
// wide screens put the feed beside the replies.
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FeedLayout {
  portrait: boolean;
  top: Rect;
  feed: Rect;
  replies: Rect;
  ticker: Rect;
}

export function feedLayout(w: number, h: number, textScale: number): FeedLayout {
  const portrait = w < 760 || h > w * 1.1;
  const topH = (portrait ? 124 : 72) * (0.5 + textScale / 2);
  const tickerH = 40 * textScale;
  const pad = portrait ? 8 : 16;
  const top = { x: 0, y: 0, w, h: topH };
  const ticker = { x: 0, y: h - tickerH, w, h: tickerH };
  const bodyY = topH + pad;
  const bodyH = h - topH - tickerH - pad * 2;
  if (portrait) {
    const repliesH = Math.min(bodyH * 0.55, 320 * textScale);
    return {
      portrait,
      top,
      ticker,
      feed: { x: pad, y: bodyY, w: w - pad * 2, h: bodyH - repliesH - pad },
      replies: { x: pad, y: bodyY + bodyH - repliesH, w: w - pad * 2, h: repliesH },
    };
  }
  const feedW = Math.min(Math.round((w - pad * 3) * 0.56), 760);
  return {
    portrait,
    top,
    ticker,
    feed: { x: pad, y: bodyY, w: feedW, h: bodyH },
    replies: { x: pad * 2 + feedW, y: bodyY, w: w - feedW - pad * 3, h: bodyH },
  };
}

/** The layout with a taller top bar, when what it holds measured taller than planned: the body moves down. */
export function fitTopBar(layout: FeedLayout, topH: number): FeedLayout {
  const extra = topH - layout.top.h;
  if (extra <= 0) return layout;
  const down = (r: Rect) => ({ ...r, y: r.y + extra, h: Math.max(0, r.h - extra) });
  return { ...layout, top: { ...layout.top, h: topH }, feed: down(layout.feed), replies: down(layout.replies) };
}

/** A short text shown for a moment, centred on a point of the canvas (CSS pixels): the HTML layer draws it. */
export interface FloatingText {
  x: number;
  y: number;
  /** How far it may reach left and right without running into a text beside it: it keeps to x where it can. */
  from: number;
  to: number;
  text: string;
  color: string;
}

/** Splits replies of these heights into pages of at most `room` pixels each, at least one reply a page. */
export function replyPages(heights: readonly number[], room: number): { from: number; to: number }[] {
  const pages: { from: number; to: number }[] = [];
  let from = 0;
  let used = 0;
  heights.forEach((h, i) => {
    if (i > from && used + h > room) {
      pages.push({ from, to: i });
      from = i;
      used = 0;
    }
    used += h;
  });
  pages.push({ from, to: heights.length });
  return pages;
}
