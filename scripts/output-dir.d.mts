/** The absolute folder that holds every build (`.output/` unless `RW_OUTPUT_DIR` names another). */
export declare const OUTPUT_DIR: string;
