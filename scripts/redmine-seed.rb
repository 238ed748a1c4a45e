# Seeds a throwaway Redmine 5.0 like the vendor's instance that redlint talks to.
#
# Run from /usr/share/redmine with:
#   REDLINT_SEED_OUT=/path/seed.json REDLINT_SEED_PASSWORD=... bin/rails runner -e production redmine-seed.rb
# It writes the seeded ids, names and API keys as JSON to $REDLINT_SEED_OUT.
# Meant for a fresh, migrated database; re-running it is harmless (find-or-create).
#
# Redmine 5.0 has no REST API for settings, trackers, statuses, roles or workflows,
# hence a rails runner script rather than REST calls.

require 'json'

# With SQLite, ActiveJob's default :async adapter (used by Redmine's mails) can
# deadlock with the main thread on the database lock: run jobs inline.
ActiveJob::Base.queue_adapter = :inline

out_path = ENV['REDLINT_SEED_OUT'] or abort('REDLINT_SEED_OUT is not set')
password = ENV['REDLINT_SEED_PASSWORD'].to_s
password = 'redlint-pw-' + SecureRandom.hex(8) if password.length < 8

def save!(record)
  record.save!
  record
end

ActiveRecord::Base.transaction do
  # ---------------------------------------------------------------- settings
  Setting.default_language = 'fr'
  Setting.rest_api_enabled = '1'
  Setting.issue_group_assignment = '1'
  Setting.login_required = '1'
  Setting.self_registration = '0'
  Setting.mail_from = 'redmine@example.invalid'
  Setting.host_name = '127.0.0.1'

  # French default data: roles Manager/Développeur/Rapporteur, statuses, trackers
  # Anomalie/Evolution/Assistance, priorities Bas/Normal/Haut/Urgent/Immédiat, activities...
  if Redmine::DefaultData::Loader.no_data?
    Redmine::DefaultData::Loader.load('fr')
  end

  # ---------------------------------------------------------------- statuses
  # Exactly: Nouveau, En cours, Information nécessaire, Résolu (à déployer), Fermé (closed).
  renames = { 'Résolu' => 'Résolu (à déployer)', 'Commentaire' => 'Information nécessaire' }
  renames.each do |old, new|
    s = IssueStatus.find_by(name: old)
    s.update!(name: new) if s && !IssueStatus.exists?(name: new)
  end
  wanted_statuses = [
    ['Nouveau', false],
    ['En cours', false],
    ['Information nécessaire', false],
    ['Résolu (à déployer)', false],
    ['Fermé', true],
  ]
  statuses = wanted_statuses.each_with_index.map do |(name, closed), i|
    s = IssueStatus.find_or_initialize_by(name: name)
    s.is_closed = closed
    s.position = i + 1
    save!(s)
  end
  IssueStatus.where.not(id: statuses.map(&:id)).each do |s|
    # Default statuses we do not want ("Rejeté"); trackers still pointing to them
    # are moved to "Nouveau" first.
    Tracker.where(default_status_id: s.id).update_all(default_status_id: statuses.first.id)
    s.destroy
  end
  new_status = statuses.first

  # ---------------------------------------------------------------- trackers
  support_tracker = Tracker.find_by(name: 'Support')
  unless support_tracker
    # The French default data calls the support tracker "Assistance".
    support_tracker = Tracker.find_by(name: 'Assistance') || Tracker.new(name: 'Support')
    support_tracker.name = 'Support'
  end
  support_tracker.default_status = new_status
  save!(support_tracker)
  gdp_tracker = Tracker.find_or_initialize_by(name: 'Gestion de projet')
  gdp_tracker.default_status = new_status
  save!(gdp_tracker)
  Tracker.where.not(default_status_id: statuses.map(&:id)).update_all(default_status_id: new_status.id)
  trackers = [support_tracker, gdp_tracker]
  Setting.default_projects_tracker_ids = trackers.map { |t| t.id.to_s }

  # ---------------------------------------------------------------- priorities
  normal = IssuePriority.find_or_initialize_by(name: 'Normal')
  normal.active = true
  normal.is_default = true # unsets the previous default
  save!(normal)

  # ---------------------------------------------------------------- roles
  issue_perms = Redmine::AccessControl.modules_permissions(['issue_tracking']).map(&:name)

  client_role = Role.find_or_initialize_by(name: 'Client')
  client_role.assignable = false
  client_role.issues_visibility = 'default'
  # add_issues and add_issue_notes both grant attachments upload; view_issues
  # grants issue search and attachment download.
  client_role.permissions = [:view_issues, :add_issues, :add_issue_notes]
  save!(client_role)

  # The vendor's customers follow their tickets: they answer a ticket in "Information
  # nécessaire" and reassign it (to the group Support, or to their project manager), and close
  # one in "Résolu (à déployer)". That needs issues they can be assigned (an assignable role),
  # `edit_own_issues` (assignee and status of the issues they wrote) and a workflow.
  # "Client" above stays unassignable (submit's tests refuse it as an assignee); in
  # ville-suivi the customer has "Client référent", the vendor's setup, and a second customer
  # "Client sans réaffectation": notes only, so Redmine keeps its notes and silently drops its
  # reassignments.
  client_role.permissions = client_role.permissions | [:edit_own_issues]
  save!(client_role)
  referent_role = Role.find_or_initialize_by(name: 'Client référent')
  referent_role.assignable = true
  referent_role.issues_visibility = 'default'
  referent_role.permissions = [:view_issues, :add_issues, :add_issue_notes, :edit_own_issues]
  save!(referent_role)
  notes_role = Role.find_or_initialize_by(name: 'Client sans réaffectation')
  notes_role.assignable = true
  notes_role.issues_visibility = 'default'
  notes_role.permissions = [:view_issues, :add_issues, :add_issue_notes]
  save!(notes_role)
  customer_roles = [client_role, referent_role, notes_role]

  support_role = Role.find_or_initialize_by(name: 'Support')
  support_role.assignable = true
  support_role.issues_visibility = 'all'
  support_role.permissions = issue_perms
  save!(support_role)

  cdp_role = Role.find_or_initialize_by(name: 'Chef de projet')
  cdp_role.assignable = true
  cdp_role.issues_visibility = 'all'
  cdp_role.users_visibility = 'all'
  cdp_role.permissions = cdp_role.setable_permissions.map(&:name)
  save!(cdp_role)

  # ---------------------------------------------------------------- workflows
  # Support and Chef de projet: every transition between the five statuses, on
  # both trackers (old_status_id 0 = statuses allowed when creating an issue).
  # Client: none (it cannot edit issues anyway).
  [support_role, cdp_role].each do |role|
    trackers.each do |tracker|
      WorkflowTransition.where(role_id: role.id, tracker_id: tracker.id).delete_all
      ([0] + statuses.map(&:id)).each do |old_id|
        statuses.each do |ns|
          next if old_id == ns.id
          WorkflowTransition.create!(role_id: role.id, tracker_id: tracker.id,
                                     old_status_id: old_id, new_status_id: ns.id)
        end
      end
    end
  end

  # Customers: Information nécessaire -> Nouveau / En cours (their answer goes back),
  # Résolu (à déployer) -> Fermé (they close) or En cours (not solved after all).
  by_name = statuses.to_h { |st| [st.name, st] }
  customer_moves = {
    'Information nécessaire' => ['Nouveau', 'En cours'],
    'Résolu (à déployer)' => ['Fermé', 'En cours'],
  }
  customer_roles.each do |role|
    trackers.each do |tracker|
      WorkflowTransition.where(role_id: role.id, tracker_id: tracker.id).delete_all
      customer_moves.each do |from, tos|
        tos.each do |to|
          WorkflowTransition.create!(role_id: role.id, tracker_id: tracker.id,
                                     old_status_id: by_name.fetch(from).id,
                                     new_status_id: by_name.fetch(to).id)
        end
      end
    end
  end

  # ---------------------------------------------------------------- users
  def ensure_user(login, firstname, lastname, password, admin: false)
    u = User.find_by_login(login) || User.new
    u.login = login
    u.firstname = firstname
    u.lastname = lastname
    u.mail = "#{login}@example.invalid" if u.mail.blank?
    u.language = 'fr'
    u.admin = admin
    u.status = User::STATUS_ACTIVE
    u.password = password
    u.password_confirmation = password
    u.must_change_passwd = false
    u.mail_notification = 'only_my_events'
    u.save!
    u
  end

  admin = User.find_by_login('admin') || User.where(admin: true).first
  admin = ensure_user(admin.login, admin.firstname, admin.lastname, password, admin: true)
  cdp = ensure_user('cdp', 'Camille', 'Dupont', password)
  client = ensure_user('client', 'Claude', 'Client', password)
  client2 = ensure_user('client2', 'Dominique', 'Durand', password)
  agent1 = ensure_user('agent1', 'Alice', 'Agent', password)
  agent2 = ensure_user('agent2', 'Bruno', 'Agent', password)

  # ---------------------------------------------------------------- groups
  group = Group.find_by(lastname: 'Support') || Group.new(lastname: 'Support')
  save!(group)
  [agent1, agent2].each { |u| group.users << u unless group.users.include?(u) }

  # ---------------------------------------------------------------- projects
  def ensure_project(identifier, name, trackers)
    p = Project.find_by(identifier: identifier) || Project.new(identifier: identifier)
    p.name = name
    p.is_public = false
    p.trackers = trackers
    p.enabled_module_names = %w(issue_tracking)
    p.save!
    p
  end

  def ensure_member(project, principal, role)
    m = Member.find_by(project_id: project.id, user_id: principal.id) ||
        Member.new(project: project, principal: principal)
    m.role_ids = [role.id]
    m.save!
    m
  end

  ville = ensure_project('ville-exemple', 'Ville Exemple', trackers)
  autre = ensure_project('autre-ville', 'Autre Ville', trackers)
  sans_gdp = ensure_project('sans-gdp', 'Sans GDP', [support_tracker])

  suivi = ensure_project('ville-suivi', 'Ville Suivi', trackers)

  [ville, autre, sans_gdp, suivi].each do |p|
    ensure_member(p, group, support_role)
    ensure_member(p, cdp, cdp_role)
  end
  # The customer is a plain member of ville-exemple and sans-gdp, not of autre-ville.
  ensure_member(ville, client, client_role)
  ensure_member(sans_gdp, client, client_role)
  # ville-suivi: customers as the vendor has them (assignable, may reassign), and one who may not.
  ensure_member(suivi, client, referent_role)
  ensure_member(suivi, client2, notes_role)

  # ---------------------------------------------------------------- output
  user_info = lambda do |u|
    { 'id' => u.id, 'login' => u.login, 'firstname' => u.firstname,
      'lastname' => u.lastname, 'name' => u.name, 'mail' => u.mail, 'admin' => u.admin? }
  end
  project_info = lambda do |p|
    { 'id' => p.id, 'identifier' => p.identifier, 'name' => p.name,
      'is_public' => p.is_public?, 'trackers' => p.trackers.map(&:name),
      'tracker_ids' => p.trackers.map(&:id) }
  end
  group.reload
  data = {
    'redmine_version' => Redmine::VERSION.to_s,
    'password' => password,
    'api_keys' => {
      'customer' => client.api_key,
      'customer2' => client2.api_key,
      'admin' => admin.api_key,
      'project_manager' => cdp.api_key,
      'agent1' => agent1.api_key,
      'agent2' => agent2.api_key,
    },
    'users' => {
      'customer' => user_info.(client),
      'customer2' => user_info.(client2),
      'admin' => user_info.(admin),
      'project_manager' => user_info.(cdp),
      'agent1' => user_info.(agent1),
      'agent2' => user_info.(agent2),
    },
    'groups' => {
      'support' => { 'id' => group.id, 'name' => group.lastname, 'user_ids' => group.user_ids.sort },
    },
    'projects' => {
      'ville-exemple' => project_info.(ville),
      'autre-ville' => project_info.(autre),
      'sans-gdp' => project_info.(sans_gdp),
      'ville-suivi' => project_info.(suivi),
    },
    'trackers' => Tracker.sorted.to_a.to_h { |t| [t.name, t.id] },
    'statuses' => IssueStatus.sorted.to_a.to_h { |s| [s.name, s.id] },
    'closed_statuses' => IssueStatus.where(is_closed: true).sorted.map(&:name),
    'priorities' => IssuePriority.active.sorted.to_a.to_h { |pr| [pr.name, pr.id] },
    'default_priority' => IssuePriority.default&.name,
    'roles' => Role.givable.sorted.to_a.to_h { |r| [r.name, r.id] },
  }
  File.open(out_path, File::WRONLY | File::CREAT | File::TRUNC, 0o600) do |f|
    f.write(JSON.pretty_generate(data))
  end
end
