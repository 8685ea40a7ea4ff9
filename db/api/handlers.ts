/**
 * The API's behaviour: domain rules (blindness, status transitions, locks) on top of the repositories, one set
 * of handlers per feature (as in the renderer) over one shared context.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { catalogHandlers, type CatalogOperation } from './catalog';
import { createHandlerContext, type HandlerOptions, type Handlers } from './context';
import { conversationHandlers, type ConversationOperation } from './conversation';
import { correctionHandlers, type CorrectionOperation } from './corrections';
import { erasureHandlers, type ErasureOperation } from './erasure';
import { retentionHandlers, type RetentionOperation } from './retention';
import { matrixChoiceHandlers, type MatrixChoiceOperation } from './matrixChoice';
import { scoringHandlers, type ScoringOperation } from './scoring';
import { breadthHandlers, type BreadthOperation } from './breadth';
import { teamViewHandlers, type TeamViewOperation } from './teamView';
import { followUpHandlers, type FollowUpOperation } from './followUps';

export type { HandlerOptions, Handlers } from './context';

// TypeScript proves the features split the data operations exactly: together they serve every one (the return
// type of createHandlers) and no operation is served by two features (a later spread would silently win).
type ServedTwice =
  | (CatalogOperation & (ScoringOperation | ConversationOperation | CorrectionOperation | ErasureOperation))
  | (ScoringOperation & (ConversationOperation | CorrectionOperation | ErasureOperation))
  | (ConversationOperation & (CorrectionOperation | ErasureOperation))
  | (CorrectionOperation & ErasureOperation)
  | (RetentionOperation & (CatalogOperation | ScoringOperation | ConversationOperation | CorrectionOperation))
  | (RetentionOperation & ErasureOperation)
  | (MatrixChoiceOperation &
      (CatalogOperation | ScoringOperation | ConversationOperation | CorrectionOperation | ErasureOperation))
  | (MatrixChoiceOperation & RetentionOperation)
  | (BreadthOperation &
      (CatalogOperation | ScoringOperation | ConversationOperation | CorrectionOperation | ErasureOperation))
  | (BreadthOperation & (RetentionOperation | MatrixChoiceOperation))
  | (TeamViewOperation &
      (CatalogOperation | ScoringOperation | ConversationOperation | CorrectionOperation | ErasureOperation))
  | (TeamViewOperation & (RetentionOperation | MatrixChoiceOperation | BreadthOperation))
  | (FollowUpOperation &
      (CatalogOperation | ScoringOperation | ConversationOperation | CorrectionOperation | ErasureOperation))
  | (FollowUpOperation & (RetentionOperation | MatrixChoiceOperation | BreadthOperation | TeamViewOperation));
const _eachOperationOnce: [ServedTwice] extends [never] ? true : false = true;
void _eachOperationOnce;

export function createHandlers(db: Database, options: HandlerOptions = {}): Handlers {
  const ctx = createHandlerContext(db, options);
  return {
    ...catalogHandlers(ctx),
    ...scoringHandlers(ctx),
    ...conversationHandlers(ctx),
    ...correctionHandlers(ctx),
    ...erasureHandlers(ctx),
    ...retentionHandlers(ctx),
    ...matrixChoiceHandlers(ctx),
    ...breadthHandlers(ctx),
    ...teamViewHandlers(ctx),
    ...followUpHandlers(ctx),
  };
}
