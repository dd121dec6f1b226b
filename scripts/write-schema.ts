// Writes public/corpus.schema.json from the zod schema (`npm run schema`).
import fs from 'node:fs';
import { corpusJsonSchema } from '../src/corpus/schema';

fs.writeFileSync('public/corpus.schema.json', `${JSON.stringify(corpusJsonSchema(), null, 2)}\n`);
console.log('wrote public/corpus.schema.json');
