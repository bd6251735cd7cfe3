#pragma once

#include "batchitem.h"
#include "batchplan.h"
#include "batchsource.h"
#include "batchsummary.h"
#include "chunktransition.h"

#include "models/domain/jobinfo.h"

#include <QList>

namespace wsc {

/**
 * How the events of a batch change its desktops: a chunk's transition, a lookup that found a
 * desktop, a sub-job the service reported, a job that ended without reporting a desktop; and
 * which desktop a sub-job is about. Pure functions over BatchItem, so that every rule of "what
 * became of this desktop" lives here, in one place, with data-driven tests.
 */
namespace BatchOutcome {

/**
 * The desktops of a fresh plan, one per source index, with what their requests name (user,
 * computer name, desktop id), traced to the source lines. A chunk of unnamed desktops
 * (`size` = N) gives N desktops that name nothing until their sub-jobs arrive.
 */
QList<BatchItem> itemsOf(const BatchPlan &plan, const BatchSource &source);

/** The chunk carrying @p item moved; true when the item changed. */
bool applyTransition(BatchItem &item, const ChunkTransition &transition);
/** A lookup found @p item on the service although its chunk's answer was lost. */
bool applyConfirmed(BatchItem &item);
/** The service reported the desktop's own sub-job: its status, progress, desktop and reason. */
void applySubJob(BatchItem &item, const SubJobInfo &subJob);
/**
 * The job of @p item's chunk ended and never reported this desktop (a job the service forgot,
 * or one read without its sub-jobs): the job's end stands for it. False when the desktop had
 * its own sub-job's end already.
 */
bool applyUnreportedEnd(BatchItem &item, const JobInfo &job);

/**
 * Which of @p candidates (the desktops of one chunk, in order) @p subJob is about, or -1: the
 * desktop already holding the sub-job; else the one with its desktop id; else, among desktops
 * without a sub-job yet, the one with its requested computer name, then with its user. A chunk
 * of unnamed desktops (CreateDesktop with `size`) names nothing the sub-jobs could be matched
 * by, so each new sub-job takes the first unnamed desktop without one: one sub-job per desktop.
 */
int matchSubJob(const QList<const BatchItem *> &candidates, const SubJobInfo &subJob);
/**
 * Matches @p subJob among @p rows of @p items (the desktops of the sub-job's chunk) and applies
 * it there: the row it went to, or -1 when it is about none of them.
 */
int takeSubJob(QList<BatchItem> &items, const QList<int> &rows, const SubJobInfo &subJob);

/**
 * The counts and progress of @p summary from its desktops. A finished batch has nothing running:
 * what is left undecided is counted failed, for a person to look at.
 */
void summarize(const QList<BatchItem> &items, BatchSummary *summary);

} // namespace BatchOutcome

} // namespace wsc
