# Make PROJECT hold COUNT issues, at Rails speed (for audit tests and benchmarks):
#   scripts/redmine-server runner DATA_DIR scripts/redmine-seed-issues.rb PROJECT COUNT [MONTHS]
#                                                                          [EDITED_PERCENT]
# A project that does not exist yet is created like ville-exemple (the customer, the group
# Support and the project manager as members); one that holds issues already gets only the
# missing ones (a benchmark run again on the same Redmine reuses its projects). Prints the
# number of issues the project holds.
# Issues are a few good and bad drafts, more of them good as time goes on (as after adopting
# redlint), created over the last MONTHS months (12),
# by the seeded customer, assigned to the group Support. Inserted in bulk: no callbacks, no
# journals, no mails — like issues that were never edited after their creation. With
# EDITED_PERCENT (0 to 100), that share of the new issues was edited an hour after its creation
# by the customer: its subject changed (a journal keeps the subject at creation), as on a real
# project, where an audit then reads each edited issue's history.
count = Integer(ARGV[1])
months = Integer(ARGV[2] || 12)
edited_percent = Integer(ARGV[3] || 0)
author = User.find_by!(login: 'client')
group = Group.find_by!(lastname: 'Support')
tracker = Tracker.find_by!(name: 'Support')
project = Project.find_by(identifier: ARGV[0])
unless project
  model = Project.find_by!(identifier: 'ville-exemple')
  project = Project.new(identifier: ARGV[0], name: ARGV[0], is_public: false)
  project.trackers = model.trackers
  project.enabled_module_names = %w(issue_tracking)
  project.save!
  # Own memberships only: a group's members follow the group by themselves.
  model.memberships.each do |m|
    own = m.member_roles.reject(&:inherited_from).map(&:role_id)
    next if own.empty?
    member = Member.find_by(project_id: project.id, user_id: m.user_id) ||
             Member.new(project: project, principal: m.principal)
    member.role_ids = own
    member.save!
  end
end
status = IssueStatus.order(:position).first
priority = IssuePriority.default || IssuePriority.first
texts = [
  ['Le champ date de naissance refuse les dates avant 2020',
   "Depuis la mise à jour de lundi, avec Firefox 128 sous Windows 11, le champ date de naissance " \
   "du formulaire https://demarches.ville-exemple.fr/backoffice/forms/12/fields/7/ refuse 2019.\n\n" \
   "1. ouvrir la demande https://demarches.ville-exemple.fr/backoffice/management/creche/42/ ;\n" \
   "2. saisir 03/05/2019 ; un message d'erreur s'affiche."],
  ['URGENT : rien ne marche', "marche pas\nparents bloqués\nvoir vite"],
  ["L'export CSV des inscriptions ne contient pas la colonne Allergies",
   "Depuis hier, avec Chrome 131 sous Windows 10, l'export de " \
   "https://demarches.ville-exemple.fr/backoffice/management/cantine/ n'a plus la colonne Allergies."],
  ['Le connecteur CAF ne renvoie plus le quotient familial',
   "Le connecteur CAF ne renvoie plus le quotient familial depuis hier."],
]
now = Time.now.utc
good, bad = [texts[0], texts[2]], [texts[1], texts[3]]
held = Issue.where(project_id: project.id).count
rows = (held...count).map do |i|
  share_good = 0.3 + 0.5 * i / [count, 1].max
  subject, description = ((i * 7919) % 100) < share_good * 100 ? good[i % 2] : bad[i % 2]
  created = now - ((count - i) * months * 30 * 86_400 / count.to_f)
  edited = ((i * 37) % 100) < edited_percent
  { project_id: project.id, tracker_id: tracker.id, status_id: status.id,
    priority_id: priority.id, author_id: author.id, assigned_to_id: group.id,
    subject: "#{subject} (#{i + 1})#{edited ? ' [modifié]' : ''}", description: description,
    is_private: false, done_ratio: 0, lock_version: 0, lft: 1, rgt: 2,
    start_date: created.to_date, created_on: created,
    updated_on: edited ? created + 3600 : created }
end
rows.each_slice(1000) { |slice| Issue.insert_all(slice) } unless rows.empty?
# The edits: one journal per edited issue, its detail holding the subject at creation.
ids = Issue.where(project_id: project.id).order(:id).offset(held).pluck(:id)
edits = rows.zip(ids).select { |row, _| row[:updated_on] > row[:created_on] }
edits.each_slice(1000) do |slice|
  Journal.insert_all(slice.map do |row, id|
    { journalized_id: id, journalized_type: 'Issue', user_id: author.id, notes: '',
      private_notes: false, created_on: row[:updated_on] }
  end)
  journals = Journal.where(journalized_type: 'Issue', journalized_id: slice.map(&:last))
                    .pluck(:journalized_id, :id).to_h
  JournalDetail.insert_all(slice.map do |row, id|
    { journal_id: journals.fetch(id), property: 'attr', prop_key: 'subject',
      old_value: row[:subject].delete_suffix(' [modifié]'), value: row[:subject] }
  end)
end
Issue.where(root_id: nil).update_all('root_id = id')
puts Issue.where(project_id: project.id).count
