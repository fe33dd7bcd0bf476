/**
 * Types for the few natural submodules we import directly. Importing `natural` itself loads
 * dotenv and storage drivers (slow, and it reads any .env); these files load in milliseconds.
 */
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer.js' {
  export default class AggressiveTokenizer {
    tokenize(text: string): string[];
  }
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: readonly string[];
}
