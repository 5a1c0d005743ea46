// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createBridgeDispatcher } from '@/lib/editors/bridge-client';
import {
  BRIDGE_REQUEST_EVENT,
  BRIDGE_RESPONSE_EVENT,
  PASTE_TARGET_ATTRIBUTE,
  createBridgeNonce,
  parseBridgeRequest,
  parseBridgeResponse,
  toResponseDetail,
} from '@/lib/editors/bridge-protocol';

describe('bridge protocol', () => {
  it.each([
    ['a valid request', JSON.stringify({ nonce: 'n', id: '1', text: 't', html: '<p>t</p>' }), { nonce: 'n', id: '1', text: 't', html: '<p>t</p>' }],
    ['another nonce', JSON.stringify({ nonce: 'x', id: '1', text: 't' }), undefined],
    ['an object instead of a string', { nonce: 'n', id: '1', text: 't' }, undefined],
    ['broken JSON', '{', undefined],
    ['a missing text', JSON.stringify({ nonce: 'n', id: '1' }), undefined],
    ['a non-string html', JSON.stringify({ nonce: 'n', id: '1', text: 't', html: 3 }), undefined],
  ])('parses %s', (_name, detail, expected) => {
    expect(parseBridgeRequest(detail, 'n')).toEqual(expected);
  });

  it('rejects responses with another nonce', () => {
    expect(parseBridgeResponse(toResponseDetail({ nonce: 'x', id: '1', ok: true }), 'n')).toBeUndefined();
    expect(parseBridgeResponse(toResponseDetail({ nonce: 'n', id: '1', ok: true }), 'n')).toEqual({ nonce: 'n', id: '1', ok: true });
  });

  it('makes distinct hex nonces', () => {
    const first = createBridgeNonce(crypto);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(createBridgeNonce(crypto)).not.toBe(first);
  });
});

describe('createBridgeDispatcher', () => {
  it('marks the target, sends a string request and resolves with the answer for its id only', async () => {
    const script = document.createElement('script');
    const root = document.createElement('div');
    document.body.append(root);
    const seen: string[] = [];
    script.addEventListener(BRIDGE_REQUEST_EVENT, (event) => {
      const request = parseBridgeRequest((event as CustomEvent<unknown>).detail, 'secret')!;
      seen.push(root.getAttribute(PASTE_TARGET_ATTRIBUTE) ?? '');
      // A forged answer with the wrong nonce and one for another id are ignored.
      script.dispatchEvent(new CustomEvent(BRIDGE_RESPONSE_EVENT, { detail: toResponseDetail({ nonce: 'guess', id: request.id, ok: false }) }));
      script.dispatchEvent(new CustomEvent(BRIDGE_RESPONSE_EVENT, { detail: toResponseDetail({ nonce: 'secret', id: 'other', ok: false }) }));
      script.dispatchEvent(new CustomEvent(BRIDGE_RESPONSE_EVENT, { detail: toResponseDetail({ nonce: 'secret', id: request.id, ok: true }) }));
    });
    const dispatch = createBridgeDispatcher(script, 'secret');
    await expect(dispatch(root, { text: 'hi' })).resolves.toBe(true);
    expect(seen[0]).toMatch(/.+/);
    expect(root.hasAttribute(PASTE_TARGET_ATTRIBUTE)).toBe(false);
  });
});
