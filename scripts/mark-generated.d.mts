/** Renames every `<locale>.ts` in `dir` to `<locale>.gen.ts`, with the generated-file header first. */
export declare function markGenerated(dir: string): Promise<void>;
