import type { Role } from './roles';

/** The least role that may call a method; 'public' = callable before anyone has logged in. */
export type Permission = Role | 'public';

/*
 * Who may call every API method, enforced by the router before a method runs (both transports go
 * through it). The rule of issue 7: chỉ xem (viewer) reads; cán bộ (officer) enters and edits
 * records and produces documents; quản trị (admin) does everything, including the office's
 * settings, accounts and restore. A test fails when a method in apiMethods has no entry here;
 * the router also treats a missing entry as admin-only, so a forgotten one fails closed.
 *
 * Non-obvious choices:
 *  - localities.* changes are admin: the administrative units are shared settings every record
 *    points at; a rename follows an official decision and changes every later document.
 *  - office.update, staff.syncSigners (rewrites the office's signers), documents.counter.update
 *    (the official numbering) and templates upload/activate (what every document looks like) are
 *    admin. Staff members themselves are records like any other: officer.
 *  - documents.template.inspect is the first half of an upload (reads the file to check it): admin.
 *  - Producing a document (documents.generate, documents.register.regenerate) takes a number in
 *    the register and is audited: officer. Downloading a document already in the register, the
 *    kinds, the templates' vocabulary and the built-in sample template (made-up data, nothing
 *    saved) are reads: viewer.
 *  - Every spreadsheet export (people.export, *.export of records, members, reservists, courses,
 *    exercises, the register) is officer, not viewer: a bulk copy out of the program is the
 *    easiest way to leak personal data, and a read-only account reads on screen. One rule for
 *    all exports keeps it easy to explain (audit.export is admin, below).
 *  - import.inspect / preview / commit are officer: inspect and preview only read the file, but
 *    they are steps of an import, which creates records. import.sample (an empty workbook to
 *    fill in, made-up example rows) goes with them: officer, the role that can import it.
 *  - backup.create and backup.list are admin: a backup is a full copy of the database (every
 *    citizen, every account's hash) written to any folder of the machine; automatic backups
 *    already protect the officers' work. backup.restore replaces all data: admin.
 *  - audit.list / facets / export / verify (the whole trail, logins included) are admin;
 *    audit.forEntity (one record's history on its own page) is viewer, like the record itself.
 *  - people.checkCitizenId, duty.candidates, reserves.reservist.conscriptCandidates,
 *    training.defaultDays and reviews.report.figures only read: viewer (the screens that use them
 *    check again on save).
 *  - accounts.login and accounts.setupAdmin are public (setupAdmin refuses once any account
 *    exists); so are accounts.me (who is logged in here; null when nobody) and accounts.logout.
 *    Changing one's own password (the current one is asked) and reading the idle-lock time are
 *    viewer; every other accounts.* method is admin.
 */
export const permissions = {
  // Office and localities: settings.
  'office.get': 'viewer',
  'office.update': 'admin',
  'office.periods.list': 'viewer',
  'office.period.create': 'admin',
  'localities.list': 'viewer',
  'localities.history': 'viewer',
  'localities.create': 'admin',
  'localities.rename': 'admin',
  'localities.retire': 'admin',
  'localities.restore': 'admin',
  'localities.update': 'admin',

  // Exchange between levels: this office's identity and its partners are settings (admin); the
  // sheet and the file that tell others our public key are reads (viewer). checkKey and
  // inspectEnrolment only read what is typed or loaded, but they are steps of adding a partner.
  'exchange.identity.get': 'viewer',
  'exchange.identity.setup': 'admin',
  'exchange.identity.replaceKey': 'admin',
  'exchange.enrolment.sheet': 'viewer',
  'exchange.enrolment.file': 'viewer',
  'exchange.partners.list': 'viewer',
  'exchange.partners.checkKey': 'admin',
  'exchange.partners.inspectEnrolment': 'admin',
  'exchange.partners.add': 'admin',
  'exchange.partners.addKey': 'admin',
  'exchange.partners.revokeKey': 'admin',
  'exchange.partners.remove': 'admin',

  // People.
  'people.list': 'viewer',
  'people.get': 'viewer',
  'people.checkCitizenId': 'viewer',
  'people.serviceHistory': 'viewer',
  'people.create': 'officer',
  'people.update': 'officer',
  'people.archive': 'officer',
  'people.restore': 'officer',
  'people.export': 'officer',
  'import.inspect': 'officer',
  'import.preview': 'officer',
  'import.commit': 'officer',
  'import.sample': 'officer',
  'import.batch.list': 'officer',
  'import.batch.undo': 'officer',

  // Conscription.
  'conscription.campaign.list': 'viewer',
  'conscription.campaign.get': 'viewer',
  'conscription.campaign.dashboard': 'viewer',
  'conscription.campaign.create': 'officer',
  'conscription.campaign.update': 'officer',
  'conscription.campaign.setQuotas': 'officer',
  'conscription.campaign.setNarrative': 'officer',
  'conscription.campaign.close': 'officer',
  'conscription.campaign.reopen': 'officer',
  'conscription.record.list': 'viewer',
  'conscription.record.get': 'viewer',
  'conscription.record.create': 'officer',
  'conscription.record.transition': 'officer',
  'conscription.record.transitionMany': 'officer',
  'conscription.record.undoStep': 'officer',
  'conscription.record.healthExam': 'officer',
  'conscription.record.setOrderDelivered': 'officer',
  'conscription.record.rollOver': 'officer',
  'conscription.record.export': 'officer',
  'conscription.age17.list': 'viewer',

  // Documents, register, templates.
  'documents.kinds': 'viewer',
  'documents.generate': 'officer',
  // Asked only before issuing, which is the officer's; it reads what the dialog says will happen.
  'documents.issuePlan': 'officer',
  'documents.counter.list': 'viewer',
  'documents.counter.update': 'admin',
  'documents.register.list': 'viewer',
  'documents.register.get': 'viewer',
  'documents.register.download': 'viewer',
  'documents.register.regenerate': 'officer',
  // Withdrawing (thu hồi) an issued document: whoever may issue one.
  'documents.register.withdraw': 'officer',
  'documents.register.export': 'officer',
  'documents.template.vocabulary': 'viewer',
  'documents.template.list': 'viewer',
  'documents.template.download': 'viewer',
  'documents.template.sample': 'viewer',
  'documents.template.inspect': 'admin',
  'documents.template.upload': 'admin',
  'documents.template.setActive': 'admin',

  // Militia.
  'militia.unit.list': 'viewer',
  'militia.unit.create': 'officer',
  'militia.unit.update': 'officer',
  'militia.unit.retire': 'officer',
  'militia.unit.restore': 'officer',
  'militia.member.list': 'viewer',
  'militia.member.get': 'viewer',
  'militia.member.create': 'officer',
  'militia.member.candidates': 'viewer',
  'militia.member.update': 'officer',
  'militia.member.extend': 'officer',
  'militia.member.end': 'officer',
  'militia.member.export': 'officer',
  'militia.member.admissionCheck': 'viewer',
  'militia.decision.list': 'viewer',
  'militia.decision.get': 'viewer',
  'militia.decision.create': 'officer',
  'militia.decision.update': 'officer',
  'militia.population.list': 'viewer',
  'militia.population.set': 'officer',
  'militia.summary': 'viewer',

  // Reserves.
  'reserves.specialty.list': 'viewer',
  'reserves.specialty.create': 'officer',
  'reserves.specialty.update': 'officer',
  'reserves.specialty.retire': 'officer',
  'reserves.specialty.restore': 'officer',
  'reserves.reservist.list': 'viewer',
  'reserves.reservist.get': 'viewer',
  'reserves.reservist.conscriptCandidates': 'viewer',
  'reserves.reservist.create': 'officer',
  'reserves.reservist.update': 'officer',
  'reserves.reservist.remove': 'officer',
  'reserves.reservist.restore': 'officer',
  'reserves.reservist.fromConscript': 'officer',
  'reserves.reservist.export': 'officer',
  'reserves.unit.list': 'viewer',
  'reserves.unit.create': 'officer',
  'reserves.unit.update': 'officer',
  'reserves.unit.retire': 'officer',
  'reserves.unit.restore': 'officer',
  'reserves.slot.create': 'officer',
  'reserves.slot.update': 'officer',
  'reserves.slot.delete': 'officer',
  'reserves.assignment.create': 'officer',
  'reserves.assignment.end': 'officer',
  'reserves.summary': 'viewer',

  // Staff.
  'staff.list': 'viewer',
  'staff.get': 'viewer',
  'staff.create': 'officer',
  'staff.update': 'officer',
  'staff.end': 'officer',
  'staff.restore': 'officer',
  'staff.export': 'officer',
  'staff.syncSigners': 'admin',

  // Exercises.
  'exercises.type.list': 'viewer',
  'exercises.type.create': 'officer',
  'exercises.type.update': 'officer',
  'exercises.type.retire': 'officer',
  'exercises.type.restore': 'officer',
  'exercises.exercise.list': 'viewer',
  'exercises.exercise.get': 'viewer',
  'exercises.exercise.create': 'officer',
  'exercises.exercise.update': 'officer',
  'exercises.exercise.transition': 'officer',
  'exercises.exercise.correct': 'officer',
  'exercises.exercise.undo': 'officer',
  'exercises.attachment.add': 'officer',
  'exercises.attachment.remove': 'officer',
  'exercises.exercise.export': 'officer',
  'exercises.figures': 'viewer',

  // Training.
  'defenceEducation.figures': 'viewer',
  'defenceEducation.course.list': 'viewer',
  'defenceEducation.course.get': 'viewer',
  'defenceEducation.course.create': 'officer',
  'defenceEducation.course.update': 'officer',
  'defenceEducation.course.setStatus': 'officer',
  'defenceEducation.course.undo': 'officer',
  'defenceEducation.participant.list': 'viewer',
  'defenceEducation.participant.add': 'officer',
  'defenceEducation.participant.remove': 'officer',
  'defenceEducation.participant.setResults': 'officer',
  'defenceEducation.headcount.list': 'viewer',
  'defenceEducation.headcount.set': 'officer',
  'training.figures': 'viewer',
  'training.defaultDays': 'viewer',
  'training.course.list': 'viewer',
  'training.course.get': 'viewer',
  'training.course.create': 'officer',
  'training.course.update': 'officer',
  'training.course.transition': 'officer',
  'training.course.undo': 'officer',
  'training.course.export': 'officer',
  'training.participant.list': 'viewer',
  'training.participant.dayAttendance': 'viewer',
  'training.participant.add': 'officer',
  'training.participant.addUnit': 'officer',
  'training.participant.remove': 'officer',
  'training.participant.setAttendance': 'officer',
  'training.participant.setDayAttendance': 'officer',
  'training.participant.setResult': 'officer',

  // Readiness duty.
  'duty.shift.list': 'viewer',
  'duty.shift.create': 'officer',
  'duty.shift.update': 'officer',
  'duty.shift.delete': 'officer',
  'duty.shift.copy': 'officer',
  'duty.candidates': 'viewer',
  'duty.incident.list': 'viewer',
  'duty.incident.create': 'officer',
  'duty.incident.update': 'officer',
  'duty.incident.delete': 'officer',
  'duty.patrol.list': 'viewer',
  'duty.patrol.create': 'officer',
  'duty.patrol.update': 'officer',
  'duty.patrol.delete': 'officer',
  'duty.figures': 'viewer',

  // Reviews and overview.
  'reviews.report.list': 'viewer',
  'reviews.report.get': 'viewer',
  'reviews.report.versions': 'viewer',
  'reviews.report.figures': 'viewer',
  'reviews.sections': 'viewer',
  'reviews.report.check': 'viewer',
  'reviews.meeting.get': 'viewer',
  'reviews.meeting.save': 'officer',
  'reviews.report.create': 'officer',
  'reviews.report.save': 'officer',
  'reviews.report.redraft': 'officer',
  'overview.get': 'viewer',
  // The legal register is the program's own reference, the same for every office: anyone reads it.
  'law.register': 'viewer',
  'policeNotices.list': 'viewer',
  'policeNotices.get': 'viewer',
  'policeNotices.quarters': 'viewer',
  'policeNotices.create': 'officer',
  'policeNotices.update': 'officer',
  // Policy work (chính sách): reads viewer (the soldier picker only reads), records officer.
  'policy.soldiers': 'viewer',
  'policy.support.list': 'viewer',
  'policy.support.create': 'officer',
  'policy.support.update': 'officer',
  'policy.support.delete': 'officer',
  'policy.returnee.list': 'viewer',
  'policy.returnee.get': 'viewer',
  'policy.returnee.create': 'officer',
  'policy.returnee.update': 'officer',
  'policy.returnee.delete': 'officer',
  'policy.case.list': 'viewer',
  'policy.case.create': 'officer',
  'policy.case.update': 'officer',
  'policy.case.delete': 'officer',
  'politicalEducation.session.list': 'viewer',
  'politicalEducation.session.get': 'viewer',
  'politicalEducation.figures': 'viewer',
  'politicalEducation.session.create': 'officer',
  'politicalEducation.session.update': 'officer',
  'discipline.breach.list': 'viewer',
  'discipline.breach.get': 'viewer',
  'discipline.figures': 'viewer',
  'discipline.breach.create': 'officer',
  'discipline.breach.update': 'officer',

  // Militia weapons and equipment: the book is read by viewers, written by officers.
  'equipment.kinds.list': 'viewer',
  'equipment.stock': 'viewer',
  'equipment.items.list': 'viewer',
  'equipment.item.history': 'viewer',
  'equipment.movements.list': 'viewer',
  'equipment.movement.get': 'viewer',
  'equipment.stocktakes.list': 'viewer',
  'equipment.stocktake.get': 'viewer',
  'equipment.kind.create': 'officer',
  'equipment.kind.update': 'officer',
  'equipment.movement.create': 'officer',
  'equipment.stocktake.create': 'officer',

  // Exchange, sending side (issue 20): the outbox and the received corrections are read by viewers;
  // writing a bundle (a full copy of the records, signed), taking one in and answering are officer.
  // Downloading a bundle again is officer too: it is a bulk copy of the records, like an export.
  'exchange.send.preview': 'officer',
  'exchange.send.create': 'officer',
  'exchange.outbox.list': 'viewer',
  'exchange.bundle.download': 'officer',
  'exchange.down.receive': 'officer',
  'exchange.incoming.list': 'viewer',
  'exchange.incoming.answer': 'officer',

  'readinessDocuments.kind.list': 'viewer',
  'readinessDocuments.kind.create': 'officer',
  'readinessDocuments.kind.update': 'officer',
  'readinessDocuments.holder.list': 'viewer',
  'readinessDocuments.holder.create': 'officer',
  'readinessDocuments.holder.update': 'officer',
  'readinessDocuments.overview': 'viewer',
  'readinessDocuments.review.list': 'viewer',
  'readinessDocuments.review.create': 'officer',
  'readinessDocuments.review.createMany': 'officer',
  'readinessDocuments.practice.list': 'viewer',
  'readinessDocuments.practice.get': 'viewer',
  'readinessDocuments.practice.create': 'officer',
  'readinessDocuments.practice.update': 'officer',

  // Backup and audit.
  'backup.create': 'admin',
  'backup.list': 'admin',
  'backup.restore': 'admin',
  // The data key's recovery code opens every record of the office: administrators only.
  'encryption.recovery.status': 'admin',
  'encryption.recovery.show': 'admin',
  'encryption.recovery.kept': 'admin',
  'audit.forEntity': 'viewer',
  'audit.list': 'admin',
  'audit.facets': 'admin',
  'audit.verify': 'admin',
  'audit.export': 'admin',

  // Accounts.
  'accounts.setupAdmin': 'public',
  'accounts.login': 'public',
  'accounts.me': 'public',
  'accounts.logout': 'public',
  'accounts.changeOwnPassword': 'viewer',
  'accounts.security.get': 'viewer',
  'accounts.security.update': 'admin',
  'accounts.list': 'admin',
  'accounts.create': 'admin',
  'accounts.update': 'admin',
  'accounts.unlock': 'admin',
  'accounts.resetPassword': 'admin',
  'accounts.disable': 'admin',

  // Exchange between levels, receiving side (issue 20 §3): reading what the senders sent and the
  // board's overviews is viewer; taking a bundle in, deciding a conflict, writing a correction and
  // writing the downward bundle change the office's data: officer.
  'exchange.receive': 'officer',
  'exchange.senders.status': 'viewer',
  'exchange.received.people.list': 'viewer',
  'exchange.received.record': 'viewer',
  'exchange.inbox.list': 'viewer',
  'exchange.conflicts.list': 'viewer',
  'exchange.conflicts.get': 'viewer',
  'exchange.conflicts.decide': 'officer',
  'exchange.corrections.create': 'officer',
  'exchange.corrections.list': 'viewer',
  'exchange.corrections.withdraw': 'officer',
  'exchange.down.create': 'officer',
  'exchange.overview.campaign': 'viewer',
  'exchange.overview.militia': 'viewer',
  'exchange.overview.reserves': 'viewer',
  'exchange.overview.activities': 'viewer',
  'exchange.overview.halfYear': 'viewer',
} satisfies Record<string, Permission>;

/** The least role for `method`; a method missing from the table is admin-only (fail closed). */
export function permissionFor(method: string): Permission {
  return (permissions as Record<string, Permission>)[method] ?? 'admin';
}
