/** The sidebar's width limits in CSS pixels; stored widths outside them are clamped. */
export const SIDEBAR_MIN_WIDTH = 280;
export const SIDEBAR_MAX_WIDTH = 640;
export const SIDEBAR_DEFAULT_WIDTH = 340;
/** The launcher button's size, used to keep it clear of the send button too. */
export const LAUNCHER_SIZE = 40;
