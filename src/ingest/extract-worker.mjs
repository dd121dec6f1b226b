// Worker bootstrap: lets a plain-Node worker (the Vite plugin's, or a worker
// of a tsx process) load the TypeScript extractor through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
