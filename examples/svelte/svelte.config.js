// Svelte 5 reads `<script lang="ts">` without a preprocessor; add `vitePreprocess()` here if you use one.
export default {};
