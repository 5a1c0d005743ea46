/**
 * The private channel between the content script and the page-world editor bridge (entrypoints/editor-bridge.ts).
 * Both sides dispatch CustomEvents on the bridge's own <script> element with a JSON string as `detail`: in Firefox
 * page code cannot read objects made by a content script, but it can read strings. Every message carries the nonce
 * the content script put on the script element, and a message with another nonce is ignored.
 */
import type { InsertContent } from './types';

/** Content script → bridge: paste this into the element marked with PASTE_TARGET_ATTRIBUTE. */
export const BRIDGE_REQUEST_EVENT = 'rw-editor-bridge:paste';
/** Bridge → content script: the answer to one request. */
export const BRIDGE_RESPONSE_EVENT = 'rw-editor-bridge:pasted';
/** Marks the editor root for the bridge (the bridge removes it). Attribute names cannot carry objects across. */
export const PASTE_TARGET_ATTRIBUTE = 'data-rw-paste-target';
/** The `<script data-nonce>` attribute holding the channel's nonce until the bridge has read it. */
export const NONCE_DATA_KEY = 'nonce';

export interface BridgeRequest {
  nonce: string;
  id: string;
  text: string;
  html?: string;
}

export interface BridgeResponse {
  nonce: string;
  id: string;
  /** True when the bridge found the target and dispatched the paste from the page world. */
  ok: boolean;
  error?: string;
}

function parseObject(detail: unknown): Record<string, unknown> | undefined {
  if (typeof detail !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A request from the channel, or undefined when it is malformed or carries another nonce. */
export function parseBridgeRequest(detail: unknown, nonce: string): BridgeRequest | undefined {
  const value = parseObject(detail);
  if (!value || value.nonce !== nonce || typeof value.id !== 'string' || typeof value.text !== 'string') return undefined;
  if (value.html !== undefined && typeof value.html !== 'string') return undefined;
  return { nonce, id: value.id, text: value.text, ...(typeof value.html === 'string' ? { html: value.html } : {}) };
}

/** A response from the channel, or undefined when it is malformed or carries another nonce. */
export function parseBridgeResponse(detail: unknown, nonce: string): BridgeResponse | undefined {
  const value = parseObject(detail);
  if (!value || value.nonce !== nonce || typeof value.id !== 'string' || typeof value.ok !== 'boolean') return undefined;
  return { nonce, id: value.id, ok: value.ok, ...(typeof value.error === 'string' ? { error: value.error } : {}) };
}

export function toRequestDetail(request: BridgeRequest): string {
  return JSON.stringify(request);
}

export function toResponseDetail(response: BridgeResponse): string {
  return JSON.stringify(response);
}

/** Content the bridge pastes for a request. */
export function getRequestContent(request: BridgeRequest): InsertContent {
  return request.html === undefined ? { text: request.text } : { text: request.text, html: request.html };
}

/** A fresh random nonce for one bridge channel (pass the content script's `crypto`). */
export function createBridgeNonce(random: Pick<Crypto, 'getRandomValues'>): string {
  return Array.from(random.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
