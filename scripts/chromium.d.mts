export declare const QUIET_ARGS: readonly string[];
export declare const AUTOMATION_ARGS: readonly string[];
export declare function getExtensionArgs(extensionDir: string): string[];
export declare function getChromiumPath(): string | undefined;
