/** Documents the demo services ask for are wanted in one copy each. */
export const ONE_COPY = 1;
