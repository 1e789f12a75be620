import { describeCorpusHalf } from '../../helpers/broken-corpus';

await describeCorpusHalf(0);
