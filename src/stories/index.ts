export { findStories, storiesApart, storyIndex, type Stories, type Story, type StoryInput, type StoryOf, type StoryOptions } from './stories.ts';
export { specificFigures } from './figures.ts';
