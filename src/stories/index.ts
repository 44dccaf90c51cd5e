export { findStories, storiesApart, storyIndex, type Stories, type Story, type StoryInput, type StoryOptions } from './stories.ts';
