declare module 'virtual:dateline/corpus' {
  import type { Corpus } from '../corpus/schema';
  const corpus: Corpus;
  export default corpus;
}
