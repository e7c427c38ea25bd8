export { createCommandBus, type CommandBus, type CommandHandler } from './command-bus';
export { ServicesProvider, useCommandHandler, useServices, type AppServices } from './context';
export { parseRoute, routeHash, type Route } from './routes';
