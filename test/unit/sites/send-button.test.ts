// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSendButton } from '@/lib/sites/send-button';

function setUp(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('[data-composer]')!;
}

describe('findSendButton', () => {
  it.each([
    [
      'the submit button of the composer form',
      '<form><textarea data-composer></textarea><button type="button">Bold</button><button type="submit" id="want">Post it</button></form>',
    ],
    [
      'a button named send by its test id, not the "Public reply" tab',
      '<div><nav><button>Public reply</button><button>Internal note</button></nav><div><div contenteditable="true" data-composer></div></div><footer><button data-testid="send-button" id="want">Submit as Open</button></footer></div>',
    ],
    [
      'a role=button labelled Send',
      '<div><div contenteditable="true" data-composer></div><div role="button" aria-label="Send" id="want"></div></div>',
    ],
    ['a Finnish label', '<div><textarea data-composer></textarea><button id="want">Lähetä</button></div>'],
    ['a Persian label', '<div><textarea data-composer></textarea><button id="want">ارسال</button></div>'],
    [
      'the nearest send button, not one of another form higher up',
      '<div><form><input name="q"><button type="submit">Search</button></form><section><div><textarea data-composer></textarea><button aria-label="Send message" id="want"></button></div></section></div>',
    ],
  ])('finds %s', (_name, html) => {
    expect(findSendButton(setUp(html))?.id).toBe('want');
  });

  it.each([
    ['a composer without buttons', '<div><textarea data-composer></textarea></div>'],
    ['only a "Reply all" button', '<div><textarea data-composer></textarea><button>Reply all</button></div>'],
    ['a word that merely contains "send"', '<div><textarea data-composer></textarea><button>Godsend</button></div>'],
  ])('finds nothing for %s', (_name, html) => {
    expect(findSendButton(setUp(html))).toBeUndefined();
  });
});
