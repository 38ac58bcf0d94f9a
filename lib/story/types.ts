/** A guided story: steps, each a whole view (a query string the one URL parser reads) and a caption in both languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** A labelled callout on the map for one step, with the citations behind its label and its position. */
export interface StoryAnnotation {
  id: string;
  lng: number;
  lat: number;
  label: Bilingual;
  /** Citation ids from the story's own `citations`. */
  sources: string[];
  /** The point stands for an area or its position is known only roughly (said beside the label). */
  approximate?: boolean;
}

export interface StoryStep {
  id: string;
  title: Bilingual;
  /** Text with fact placeholders (lib/story/placeholders.ts). */
  caption: Bilingual;
  /** The step's view as a query string, without story, step, lang or embed. */
  view: string;
  annotations?: StoryAnnotation[];
}

export interface StoryCitation {
  id: string;
  short_en: string;
  short_zh: string;
  publisher: string;
  title: string;
  edition: string;
  url: string;
  licence: string;
}

export interface Story {
  id: string;
  title: Bilingual;
  steps: StoryStep[];
  /** Sources of the annotations (the captions' numbers cite the dataset's own citations). */
  citations: StoryCitation[];
}
