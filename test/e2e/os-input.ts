import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

/**
 * OS-level display and keyboard for the one thing Playwright cannot reach: Chromium's own permission dialog.
 *
 * Found by experiment (Chromium 156): in headless mode `permissions.request` opens a dialog that nothing can answer,
 * so the request stays pending. In a headed browser on a virtual X display the dialog is drawn inside the browser
 * window ("“Replywell” has requested additional permissions … Deny | Allow", Deny focused), and real key presses
 * from xdotool answer it: Return denies, Tab then Return allows. Keyboard input sent by Playwright (CDP) goes to the
 * page, never to the dialog.
 */

const TOOLS = ['Xvfb', 'xdotool', 'import'] as const;
/** Longer than any desktop's double-click interval (Chromium's default is 500 ms). */
const DIALOG_INPUT_GUARD_MS = 1000;

/** Whether Xvfb, xdotool and ImageMagick's `import` are installed (`apt-get install xvfb xdotool imagemagick`). */
export function hasOsInputTools(): boolean {
  return TOOLS.every((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
}

export interface VirtualDisplay {
  /** The DISPLAY value, such as ":99". */
  display: string;
  /**
   * Whether the browser's modal dialog is up: it dims the page behind it, so a light pixel far from it turns dark
   * grey. The dimming fades in, and keys pressed during the fade are lost, so only the fully dimmed state counts.
   */
  isDialogShown(x: number, y: number): boolean;
  /**
   * Presses keys on a browser dialog that is up, as a person would (xdotool names: "Tab", "Return"). Chromium's
   * dialogs ignore input for about a double-click interval after they appear, so that a click meant for the page
   * cannot accept them by accident (views::InputEventActivationProtector); nothing observable marks the end of
   * that guard, so this waits a second first: the one fixed wait in these tests, and why it is there.
   */
  pressOnDialog(...keys: string[]): Promise<void>;
  close(): void;
}

/** Starts an Xvfb server on a free display number (Xvfb picks it and writes it to the given descriptor). */
export async function startVirtualDisplay(width = 1280, height = 800): Promise<VirtualDisplay> {
  const server: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    server.stdio[3]!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.trim());
    });
    server.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it reported a display`)));
  });
  const display = `:${number}`;
  const env = { ...process.env, DISPLAY: display };
  return {
    display,
    isDialogShown(x, y) {
      const pixel = execFileSync('import', ['-window', 'root', '-crop', `1x1+${x}+${y}`, 'txt:-'], { env }).toString();
      const hex = /#([0-9A-F]{6})/i.exec(pixel)?.[1];
      if (!hex) return false;
      const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 115;
    },
    async pressOnDialog(...keys) {
      await new Promise((resolve) => setTimeout(resolve, DIALOG_INPUT_GUARD_MS));
      execFileSync('xdotool', ['key', '--delay', '50', ...keys], { env });
    },
    close() {
      server.kill();
    },
  };
}
